"""Conversation-level intent: an embedder, the session trajectory, and the risk and drift it scores.

Importing this package does not import torch; the embedding model loads on first use.
"""

from bastion.intent.embedder import Embedder, model_path, shared_embedder
from bastion.intent.scorer import IntentModel
from bastion.intent.stage import IntentStage, render_call

__all__ = ["Embedder", "IntentModel", "IntentStage", "model_path", "render_call", "shared_embedder"]
