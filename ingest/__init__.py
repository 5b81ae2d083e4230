"""Ingestion: loaders (one per format), cleaning, metadata, chunking, the ingest pipeline."""
