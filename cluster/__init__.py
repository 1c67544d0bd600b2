"""cluster: Dask clients (local, remote scheduler, GPUs) and worker plugins."""
