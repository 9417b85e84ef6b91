"""Argument provenance: where each argument value came from, and which tool outputs carried injected orders."""

from bastion.provenance.detector import Detection, Detector, detect, normalize_output, shared_detector
from bastion.provenance.scan import Scan, mentions_tool, scan_output
from bastion.provenance.stage import ProvenanceStage
from bastion.provenance.values import text_atoms, value_atoms

__all__ = [
    "Detection",
    "Detector",
    "ProvenanceStage",
    "Scan",
    "detect",
    "mentions_tool",
    "normalize_output",
    "scan_output",
    "shared_detector",
    "text_atoms",
    "value_atoms",
]
