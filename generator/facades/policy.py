"""The per-API facade policy table (`overrides/<api>/facade.yaml`), read and checked.

The table is data: what the generator cannot read from the spec, as small per-operation
entries naming hand-written policy functions (`<module>.<name>` of the client's package).
Unknown keys fail, and so does an operation id the spec does not have.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from specmodel import load

__all__ = ["FacadePolicy", "OperationPolicy", "PolicyError", "load_policy"]

POLICY_FILE = "facade.yaml"


class PolicyError(ValueError):
    pass


class ResponsePolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A response decoder other than the generated `_parse_response`, and what it returns."""

    parser: str  # `<module>.<function>`: (client=, response=) -> type | error model
    type: str  # the method's return annotation
    imports: list[str] = []  # `<module>.<name>` the annotation needs


class ArgumentAdapter(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One generated argument built by a policy function from the arguments it takes."""

    adapter: str  # `<module>.<function>`
    takes: dict[str, str]  # the method's parameters instead (name -> annotation), in order


class OperationPolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    idempotent: bool | None = None  # retried or not, where the spec's method and x-idempotent do not say
    idempotent_when_set: str | None = None  # retried only when this body field is set
    body_argument: str | None = None  # the name of the request-body argument (default `body`)
    name_argument: str | None = None  # the name of the resource-name argument (default `name`/`parent`)
    response: ResponsePolicy | None = None
    arguments: dict[str, ArgumentAdapter] = {}  # generated parameter -> its adapter


class ResourceNames(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Path templates are resource names: `<path_prefix>customers/{customerId}` is a `CustomerName`."""

    module: str  # the module of the `<Singular>Name` classes, each with `parse()` and `path_id()`
    path_prefix: str = "/"
    list_adapter: str | None = None  # `<module>.<function>`: names (or one) -> list[str] | Unset


class ConstructorOption(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    adapter: str  # `<module>.<function>` turning the argument into the policy object
    type: str  # `<module>.<name>` of the argument's annotation
    default: str  # Python source of the default


class ConstructorPolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    rate_limiter: ConstructorOption | None = None  # with a spec `x-rate-limit`: the limiter option


class FacadePolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    resource_names: ResourceNames | None = None
    page_token_in_body: str | None = None  # `<module>.<function>`: (body, token) -> body with the token
    constructor: ConstructorPolicy = ConstructorPolicy()
    operations: dict[str, OperationPolicy] = {}

    def of(self, operation_id: str) -> OperationPolicy:
        return self.operations.get(operation_id, OperationPolicy())


def load_policy(overrides: Path, operation_ids: set[str]) -> FacadePolicy:
    """The policy of one API (an empty table if it has no file)."""
    path = overrides / POLICY_FILE
    if not path.is_file():
        return FacadePolicy()
    try:
        policy = msgspec.convert(load(path, require_openapi=False) or {}, FacadePolicy)
    except msgspec.ValidationError as exc:
        raise PolicyError(f"{path}: {exc}") from exc
    unknown = sorted(set(policy.operations) - operation_ids)
    if unknown:
        raise PolicyError(f"{path}: no such operation in the spec: {', '.join(unknown)}")
    return policy
