"""The corpus: reading article files, cleaning web debris, metadata, segmentation, caching."""
