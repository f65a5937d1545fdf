import unittest

from limiter import RateLimiter, respond


class RateLimiterTests(unittest.TestCase):
    def test_example(self):
        limiter = RateLimiter(2, 10.0)
        self.assertEqual([limiter.allow("ana", t) for t in [0.0, 1.0, 2.0, 10.0, 10.5, 11.0]],
                         [True, True, False, True, False, True])

    def test_exactly_window_old(self):
        limiter = RateLimiter(1, 5.0)
        self.assertTrue(limiter.allow("x", 100.0))
        self.assertFalse(limiter.allow("x", 104.9), "4.9 seconds later the first request still counts")
        self.assertTrue(limiter.allow("x", 105.0),
                        "A request exactly window_s seconds old no longer counts")

    def test_refused_do_not_count(self):
        limiter = RateLimiter(2, 10.0)
        for t in [0.0, 1.0]:
            limiter.allow("eve", t)
        for t in [2.0, 3.0, 4.0, 5.0, 9.0]:
            self.assertFalse(limiter.allow("eve", t), f"At {t} eve already has 2 requests in the window")
        self.assertTrue(limiter.allow("eve", 10.0),
                        "Refused requests must not count: at 10.0 only the request of 1.0 is in the window")

    def test_clients_apart(self):
        limiter = RateLimiter(1, 60.0)
        self.assertTrue(limiter.allow("ana", 0.0))
        self.assertTrue(limiter.allow("ben", 0.5), "Each client has a limit of its own")
        self.assertFalse(limiter.allow("ana", 1.0))
        self.assertFalse(limiter.allow("ben", 1.5))

    def test_larger_limit(self):
        limiter = RateLimiter(3, 1.0)
        got = [limiter.allow("c", i / 4) for i in range(12)]
        self.assertEqual(got, [True, True, True, False] * 3,
                         "3 requests per second, asked every quarter of a second: three pass, the fourth is refused")

    def test_many_requests(self):
        limiter = RateLimiter(4, 1.0)
        allowed = sum(limiter.allow("bot", i / 8) for i in range(8000))
        self.assertEqual(allowed, 4000, "1,000 seconds at 4 requests per second allow 4,000 requests")


class RespondTests(unittest.TestCase):
    def test_statuses(self):
        limiter = RateLimiter(1, 10.0)
        self.assertEqual(respond(limiter, "ana", 0.0), (200, "OK"))
        self.assertEqual(respond(limiter, "ana", 1.0), (429, "Too Many Requests"),
                         "A refused request is answered with 429 Too Many Requests")
        self.assertEqual(respond(limiter, "ana", 10.0), (200, "OK"))


if __name__ == "__main__":
    unittest.main()
