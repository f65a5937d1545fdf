points = []
# Read "x,y" lines; unpack into x and y; append the tuple (int(x), int(y)).
