"""Vendor plugins of the mock: one folder per API, registered in spec/apis.yaml (`mock_plugin`)."""
