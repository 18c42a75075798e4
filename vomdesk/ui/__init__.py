"""The Qt user interface: thin widgets over the services."""
