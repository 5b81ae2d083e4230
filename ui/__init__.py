"""The Gradio chat UI: builds the Blocks from the service API and only formats."""
