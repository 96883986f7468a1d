"""ExecVision's positive-case rules that neither the schema nor an `x-` extension says (see fuzz.constraints).

None today: every rule a valid request must follow is in spec/execvision.yaml (the schema, or
`x-max-limit-when` for `render_templates=true`). The former `window_filter_together` rule is
gone: the docs apply the sliding window filter "if window_length and minimum_matches is given",
so one of them alone is a valid request (no filter), not one the server rejects.
"""

from __future__ import annotations
