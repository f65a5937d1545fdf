# Import your module geometry, then print the two areas.
