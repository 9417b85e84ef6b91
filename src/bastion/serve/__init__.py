"""`bastion serve`: the decision API over HTTP, the approval queue, the console, metrics.

Install with `pip install "bastion[serve]"`. The service uses the Firewall and its factory like any
adapter; it holds no policy logic of its own.

DecisionService   decide for authenticated callers, settle asks through the approval queue, read the log
create_app        the ASGI application (FastAPI): API, console, /metrics, /healthz, /openapi.json
TokenTable        bearer tokens mapped to principals and roles
Metrics           the Prometheus registry
"""

from bastion.serve.app import create_app
from bastion.serve.auth import Caller, TokenTable, token_digest
from bastion.serve.metrics import Metrics
from bastion.serve.service import AuditQuery, DecisionService, Reply, SessionForbidden

__all__ = [
    "AuditQuery",
    "Caller",
    "DecisionService",
    "Metrics",
    "Reply",
    "SessionForbidden",
    "TokenTable",
    "create_app",
    "token_digest",
]
