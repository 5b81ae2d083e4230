"""Retrieval and cited answers: settings, store, retrieval, answering, the service API."""
