"""Post-processing steps that endpoints.yaml applies to parsed results (``postprocess:``)."""
