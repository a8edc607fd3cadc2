"""Fine-tuning: jobs, their events and checkpoints, checkpoint permissions, methods, and grader runs."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, field, model
from .graders import MultiGrader, PythonGrader, ScoreModelGrader, StringCheckGrader, TextSimilarityGrader
from .shared import Metadata

__all__ = [
    'GraderRunResponseMetadataErrors',
    'GraderRunResponseMetadata',
    'GraderRunResponse',
    'GraderValidateResponseGrader',
    'GraderValidateResponse',
    'PermissionCreateResponse',
    'PermissionDeleteResponse',
    'PermissionRetrieveResponseData',
    'PermissionRetrieveResponse',
    'DpoHyperparameters',
    'DpoMethod',
    'FineTuningJobError',
    'FineTuningJobHyperparameters',
    'FineTuningJobMethod',
    'FineTuningJob',
    'FineTuningJobEvent',
    'FineTuningJobIntegration',
    'FineTuningJobWandbIntegration',
    'FineTuningJobWandbIntegrationObject',
    'FineTuningJobCheckpointMetrics',
    'FineTuningJobCheckpoint',
    'ReinforcementHyperparameters',
    'ReinforcementMethodGrader',
    'ReinforcementMethod',
    'SupervisedHyperparameters',
    'SupervisedMethod',
]


# -- alpha graders ------------------------------------------------------------------------------


@model
class GraderRunResponseMetadataErrors(BaseModel):
    """Which kinds of error a grader run hit, each as a flag."""

    formula_parse_error: bool = None
    invalid_variable_error: bool = None
    api_model_grader_parse_error: bool = field('model_grader_parse_error')
    api_model_grader_refusal_error: bool = field('model_grader_refusal_error')
    api_model_grader_server_error: bool = field('model_grader_server_error')
    api_model_grader_server_error_details: Optional[str] = field('model_grader_server_error_details')
    other_error: bool = None
    python_grader_runtime_error: bool = None
    python_grader_runtime_error_details: Optional[str] = None
    python_grader_server_error: bool = None
    python_grader_server_error_type: Optional[str] = None
    sample_parse_error: bool = None
    truncated_observation_error: bool = None
    unresponsive_reward_error: bool = None


@model
class GraderRunResponseMetadata(BaseModel):
    """Details of a grader run: timing, token usage, scores and errors."""

    errors: GraderRunResponseMetadataErrors = None
    execution_time: float = None
    name: str = None
    sampled_model_name: Optional[str] = None
    scores: Dict[str, Any] = None
    token_usage: Optional[int] = None
    type: str = None


@model
class GraderRunResponse(BaseModel):
    """What running a grader on one sample gave: the reward, sub-rewards and details."""

    metadata: GraderRunResponseMetadata = None
    api_model_grader_token_usage_per_model: Dict[str, Any] = field('model_grader_token_usage_per_model')
    reward: float = None
    sub_rewards: Dict[str, Any] = None


@model
class GraderValidateResponse(BaseModel):
    """A grader configuration as the API accepted it."""

    grader: Optional[GraderValidateResponseGrader] = None


# -- checkpoint permissions ---------------------------------------------------------------------


@model
class PermissionCreateResponse(BaseModel):
    """A permission giving a project access to a fine-tuned checkpoint."""

    id: str = None
    created_at: int = None
    object: Literal["checkpoint.permission"] = None  # 'checkpoint.permission'
    project_id: str = None


@model
class PermissionDeleteResponse(BaseModel):
    """Confirmation that a checkpoint permission was removed."""

    id: str = None
    deleted: bool = None
    object: Literal["checkpoint.permission"] = None  # 'checkpoint.permission'


@model
class PermissionRetrieveResponseData(BaseModel):
    """One project's permission on a fine-tuned checkpoint."""

    id: str = None
    created_at: int = None
    object: Literal["checkpoint.permission"] = None  # 'checkpoint.permission'
    project_id: str = None


@model
class PermissionRetrieveResponse(BaseModel):
    """A list of the permissions on a fine-tuned checkpoint."""

    data: List[PermissionRetrieveResponseData] = None
    has_more: bool = None
    object: Literal["list"] = None  # 'list'
    first_id: Optional[str] = None
    last_id: Optional[str] = None


# -- jobs ---------------------------------------------------------------------------------------


@model
class FineTuningJobError(BaseModel):
    """Why a fine-tuning job failed."""

    code: str = None
    message: str = None
    param: Optional[str] = None


@model
class FineTuningJobHyperparameters(BaseModel):
    """The training settings a fine-tuning job used."""

    batch_size: Optional[Union[str, int]] = None
    learning_rate_multiplier: Optional[Union[str, float]] = None
    n_epochs: Optional[Union[str, int]] = None


@model
class FineTuningJobMethod(BaseModel):
    """The fine-tuning method of a job (supervised, DPO or reinforcement) and its settings."""

    type: Literal["supervised", "dpo", "reinforcement"] = None
    dpo: Optional[DpoMethod] = None
    reinforcement: Optional[ReinforcementMethod] = None
    supervised: Optional[SupervisedMethod] = None


@model
class FineTuningJob(BaseModel):
    """A fine-tuning job: its model, files, status, settings and result."""

    id: str = None
    created_at: int = None
    error: Optional[FineTuningJobError] = None
    fine_tuned_model: Optional[str] = None
    finished_at: Optional[int] = None
    hyperparameters: FineTuningJobHyperparameters = None
    model: str = None
    object: Literal["fine_tuning.job"] = None  # 'fine_tuning.job'
    organization_id: str = None
    result_files: List[str] = None
    seed: int = None
    status: Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"] = None
    trained_tokens: Optional[int] = None
    training_file: str = None
    validation_file: Optional[str] = None
    estimated_finish: Optional[int] = None
    integrations: Optional[List[FineTuningJobWandbIntegrationObject]] = None
    metadata: Optional[Metadata] = None
    method: Optional[FineTuningJobMethod] = None


@model
class FineTuningJobEvent(BaseModel):
    """One log event of a fine-tuning job."""

    id: str = None
    created_at: int = None
    level: Literal["info", "warn", "error"] = None
    message: str = None
    object: Literal["fine_tuning.job.event"] = None  # 'fine_tuning.job.event'
    data: Optional[Any] = None
    type: Optional[Literal["message", "metrics"]] = None


@model
class FineTuningJobWandbIntegration(BaseModel):
    """Where a job reports to Weights and Biases: project, entity, run name, tags."""

    project: str = None
    entity: Optional[str] = None
    name: Optional[str] = None
    tags: Optional[List[str]] = None


@model
class FineTuningJobWandbIntegrationObject(BaseModel):
    """A Weights and Biases integration enabled for a fine-tuning job."""

    type: Literal["wandb"] = 'wandb'
    wandb: FineTuningJobWandbIntegration = None


# -- checkpoints --------------------------------------------------------------------------------


@model
class FineTuningJobCheckpointMetrics(BaseModel):
    """Training and validation metrics at a checkpoint's step."""

    full_valid_loss: Optional[float] = None
    full_valid_mean_token_accuracy: Optional[float] = None
    step: Optional[float] = None
    train_loss: Optional[float] = None
    train_mean_token_accuracy: Optional[float] = None
    valid_loss: Optional[float] = None
    valid_mean_token_accuracy: Optional[float] = None


@model
class FineTuningJobCheckpoint(BaseModel):
    """A model checkpoint saved during a fine-tuning job, usable as a model."""

    id: str = None
    created_at: int = None
    fine_tuned_model_checkpoint: str = None
    fine_tuning_job_id: str = None
    metrics: FineTuningJobCheckpointMetrics = None
    object: Literal["fine_tuning.job.checkpoint"] = None  # 'fine_tuning.job.checkpoint'
    step_number: int = None


# -- methods ------------------------------------------------------------------------------------


@model
class DpoHyperparameters(BaseModel):
    """Training settings for a DPO (preference) fine-tuning job."""

    batch_size: Optional[Union[str, int]] = None
    beta: Optional[Union[str, float]] = None
    learning_rate_multiplier: Optional[Union[str, float]] = None
    n_epochs: Optional[Union[str, int]] = None


@model
class DpoMethod(BaseModel):
    """The DPO (direct preference optimization) fine-tuning method and its settings."""

    hyperparameters: Optional[DpoHyperparameters] = None


@model
class ReinforcementHyperparameters(BaseModel):
    """Training settings for a reinforcement fine-tuning job."""

    batch_size: Optional[Union[str, int]] = None
    compute_multiplier: Optional[Union[str, float]] = None
    eval_interval: Optional[Union[str, int]] = None
    eval_samples: Optional[Union[str, int]] = None
    learning_rate_multiplier: Optional[Union[str, float]] = None
    n_epochs: Optional[Union[str, int]] = None
    reasoning_effort: Optional[Literal["default", "low", "medium", "high"]] = None


@model
class ReinforcementMethod(BaseModel):
    """The reinforcement fine-tuning method: its grader and settings."""

    grader: ReinforcementMethodGrader = None
    hyperparameters: Optional[ReinforcementHyperparameters] = None


@model
class SupervisedHyperparameters(BaseModel):
    """Training settings for a supervised fine-tuning job."""

    batch_size: Optional[Union[str, int]] = None
    learning_rate_multiplier: Optional[Union[str, float]] = None
    n_epochs: Optional[Union[str, int]] = None


@model
class SupervisedMethod(BaseModel):
    """The supervised fine-tuning method and its settings."""

    hyperparameters: Optional[SupervisedHyperparameters] = None


# -- unions -------------------------------------------------------------------------------------


GraderValidateResponseGrader = Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, MultiGrader]
FineTuningJobIntegration = FineTuningJobWandbIntegrationObject
ReinforcementMethodGrader = Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, MultiGrader]
