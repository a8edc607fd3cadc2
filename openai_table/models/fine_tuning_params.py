"""Fine-tuning: the arguments of its methods and the method configurations (request side)."""

from __future__ import annotations

from typing import Dict, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union

from .graders_params import MultiGraderParam, PythonGraderParam, ScoreModelGraderParam, StringCheckGraderParam, TextSimilarityGraderParam
from .shared_params import Metadata

__all__ = [
    'GraderRunParams',
    'GraderRunParamsGrader',
    'GraderValidateParams',
    'GraderValidateParamsGrader',
    'PermissionCreateParams',
    'PermissionRetrieveParams',
    'DpoHyperparametersParam',
    'DpoMethodParam',
    'JobCreateParams',
    'Hyperparameters',
    'IntegrationWandb',
    'Integration',
    'Method',
    'JobListEventsParams',
    'JobListParams',
    'CheckpointListParams',
    'ReinforcementHyperparametersParam',
    'ReinforcementMethodParamGrader',
    'ReinforcementMethodParam',
    'SupervisedHyperparametersParam',
    'SupervisedMethodParam',
]


# -- alpha graders ------------------------------------------------------------------------------


class GraderRunParams(TypedDict, total=False):
    """Arguments of `fine_tuning.alpha.graders.run()`."""

    grader: Required[GraderRunParamsGrader]
    model_sample: Required[str]
    item: object


class GraderValidateParams(TypedDict, total=False):
    """Arguments of `fine_tuning.alpha.graders.validate()`."""

    grader: Required[GraderValidateParamsGrader]


# -- checkpoint permissions ---------------------------------------------------------------------


class PermissionCreateParams(TypedDict, total=False):
    """Arguments of `fine_tuning.checkpoints.permissions.create()`."""

    project_ids: Required[Sequence[str]]


class PermissionRetrieveParams(TypedDict, total=False):
    """Arguments of `fine_tuning.checkpoints.permissions.retrieve()`."""

    after: str
    limit: int
    order: Literal['ascending', 'descending']
    project_id: str


# -- jobs ---------------------------------------------------------------------------------------


class JobCreateParams(TypedDict, total=False):
    """Arguments of `fine_tuning.jobs.create()`."""

    model: Required[Union[str, Literal['babbage-002', 'davinci-002', 'gpt-3.5-turbo', 'gpt-4o-mini']]]
    training_file: Required[str]
    hyperparameters: Hyperparameters
    integrations: Optional[Iterable[Integration]]
    metadata: Optional[Metadata]
    method: Method
    seed: Optional[int]
    suffix: Optional[str]
    validation_file: Optional[str]


class Hyperparameters(TypedDict, total=False):
    """Training settings for a job (prefer those of `method`)."""

    batch_size: Union[Literal['auto'], int]
    learning_rate_multiplier: Union[Literal['auto'], float]
    n_epochs: Union[Literal['auto'], int]


class IntegrationWandb(TypedDict, total=False):
    """Weights and Biases settings: project, entity, run name, tags."""

    project: Required[str]
    entity: Optional[str]
    name: Optional[str]
    tags: Sequence[str]


class Integration(TypedDict, total=False):
    """An integration to enable for the job (Weights and Biases)."""

    type: Required[Literal['wandb']]
    wandb: Required[IntegrationWandb]


class Method(TypedDict, total=False):
    """The fine-tuning method to use (supervised, DPO or reinforcement) and its settings."""

    type: Required[Literal['supervised', 'dpo', 'reinforcement']]
    dpo: DpoMethodParam
    reinforcement: ReinforcementMethodParam
    supervised: SupervisedMethodParam


class JobListEventsParams(TypedDict, total=False):
    """Arguments of `fine_tuning.jobs.list_events()`."""

    after: str
    limit: int


class JobListParams(TypedDict, total=False):
    """Arguments of `fine_tuning.jobs.list()`."""

    after: str
    limit: int
    metadata: Optional[Dict[str, str]]


# -- checkpoints --------------------------------------------------------------------------------


class CheckpointListParams(TypedDict, total=False):
    """Arguments of `fine_tuning.jobs.checkpoints.list()`."""

    after: str
    limit: int


# -- methods ------------------------------------------------------------------------------------


class DpoHyperparametersParam(TypedDict, total=False):
    """Training settings for a DPO (preference) fine-tuning job."""

    batch_size: Union[Literal['auto'], int]
    beta: Union[Literal['auto'], float]
    learning_rate_multiplier: Union[Literal['auto'], float]
    n_epochs: Union[Literal['auto'], int]


class DpoMethodParam(TypedDict, total=False):
    """The DPO fine-tuning method and its settings."""

    hyperparameters: DpoHyperparametersParam


class ReinforcementHyperparametersParam(TypedDict, total=False):
    """Training settings for a reinforcement fine-tuning job."""

    batch_size: Union[Literal['auto'], int]
    compute_multiplier: Union[Literal['auto'], float]
    eval_interval: Union[Literal['auto'], int]
    eval_samples: Union[Literal['auto'], int]
    learning_rate_multiplier: Union[Literal['auto'], float]
    n_epochs: Union[Literal['auto'], int]
    reasoning_effort: Literal['default', 'low', 'medium', 'high']


class ReinforcementMethodParam(TypedDict, total=False):
    """The reinforcement fine-tuning method: its grader and settings."""

    grader: Required[ReinforcementMethodParamGrader]
    hyperparameters: ReinforcementHyperparametersParam


class SupervisedHyperparametersParam(TypedDict, total=False):
    """Training settings for a supervised fine-tuning job."""

    batch_size: Union[Literal['auto'], int]
    learning_rate_multiplier: Union[Literal['auto'], float]
    n_epochs: Union[Literal['auto'], int]


class SupervisedMethodParam(TypedDict, total=False):
    """The supervised fine-tuning method and its settings."""

    hyperparameters: SupervisedHyperparametersParam


# -- unions -------------------------------------------------------------------------------------


GraderRunParamsGrader = Union[StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, MultiGraderParam]
GraderValidateParamsGrader = Union[StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, MultiGraderParam]
ReinforcementMethodParamGrader = Union[StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, MultiGraderParam]
