# Write five() here.
