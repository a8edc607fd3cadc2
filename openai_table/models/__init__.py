"""Response models, one module per resource; `endpoints.yaml` names them as `module.Class`.

For a model of your own (an endpoint you add with your own table), use the same pieces:
`@model class Thing(BaseModel): name: Optional[str] = None`, and name it `your.module:Thing`.
"""

__all__ = ["BaseModel", "UnknownModel", "field", "model"]


def __getattr__(name: str):
    # Loading the table looks this package up; attrs should load only once a model is needed.
    if name in __all__:
        from . import _base

        return getattr(_base, name)
    from .._module_client import module_resource_attr

    found = module_resource_attr("models", name)  # `openai_table.models.list()`: see there
    if found is not None:
        return found
    raise AttributeError(f"module 'openai_table.models' has no attribute {name!r}")
