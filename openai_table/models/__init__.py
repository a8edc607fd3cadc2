"""Response models, one module per resource; `endpoints.yaml` names them as `module.Class`.

For a model of your own (an endpoint you add with your own table), use the same pieces:
`@model class Thing(BaseModel): name: Optional[str] = None`, and name it `your.module:Thing`.
"""

from ._base import BaseModel, UnknownModel, field, model

__all__ = ["BaseModel", "UnknownModel", "field", "model"]
