"""Adapters: bastion inside the frameworks that run tools (MCP, LangChain)."""
