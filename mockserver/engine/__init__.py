"""The mock's engine: it serves any API of the registry through that API's vendor plugin.

Request path (pipeline.py): router -> params/validation -> auth (the plugin's credential
check) -> faults -> rate limit -> the plugin's handler -> strict mode; errors in the API's
own shape (the plugin's renderer). Plugins: plugin.py (the interface), plugins.py (loading).
"""
