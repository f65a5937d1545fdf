import unittest

import shop

# Write your tests here.
