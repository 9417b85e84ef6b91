"""Adapters: bastion inside the frameworks that run tools (MCP, LangChain).

Each adapter turns what its framework sees into trace events, asks the core for a Decision and
enforces it the way its framework expects. The core never imports an adapter.
"""
