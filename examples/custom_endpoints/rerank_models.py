"""The response model for rerank.yaml: any attrs model built on openai_table's BaseModel."""

from typing import List, Optional

from openai_table.models import BaseModel, model


@model
class RerankDocument(BaseModel):
    text: Optional[str] = None


@model
class RerankResult(BaseModel):
    index: Optional[int] = None
    relevance_score: Optional[float] = None
    document: Optional[RerankDocument] = None


@model
class RerankUsage(BaseModel):
    total_tokens: Optional[int] = None


@model
class RerankResponse(BaseModel):
    id: Optional[str] = None
    model: Optional[str] = None
    usage: Optional[RerankUsage] = None
    results: Optional[List[RerankResult]] = None
