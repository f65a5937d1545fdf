book = {"Ada": "555-0101", "Alan": "555-0199", "Grace": "555-0123"}
# Read names until an empty line; print name + ": " + the number or "unknown".
