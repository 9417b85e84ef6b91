"""Argument provenance: where each argument value came from, and which tool outputs carried injected orders."""

from bastion.provenance.scan import Scan, mentions_tool, scan_output
from bastion.provenance.stage import ProvenanceStage
from bastion.provenance.values import text_atoms, value_atoms

__all__ = ["ProvenanceStage", "Scan", "mentions_tool", "scan_output", "text_atoms", "value_atoms"]
