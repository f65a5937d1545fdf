# while True:
#     read a line
#     try to convert it with int(...)
#     on ValueError: say so and go round again
#     otherwise: print the number and break
