import re
import unittest

import main


def items(page):
    """The <li> items of the page, spaces at their ends taken off."""
    return [item.strip() for item in re.findall(r"<li>(.*?)</li>", page, re.S)]


class GuestbookTests(unittest.TestCase):
    def setUp(self):
        main.ENTRIES.clear()
        self.client = main.app.test_client()

    def sign(self, name, message):
        return self.client.post("/", data={"name": name, "message": message})

    def page(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200, "GET / should answer 200")
        return response.get_data(as_text=True)

    def test_entries_in_order(self):
        response = self.sign("Ada", "Hello!")
        self.assertEqual(response.status_code, 303, "A good entry is answered with a 303 redirect")
        self.assertTrue(response.headers.get("Location", "").endswith("/"),
                        "The redirect goes back to /")
        self.sign("  Bo ", " Nice page ")
        self.sign("", "Who am I?")
        self.assertEqual(items(self.page()),
                         ["<b>Ada</b>: Hello!", "<b>Bo</b>: Nice page", "<b>Anonymous</b>: Who am I?"],
                         "Each entry shows as <li><b>NAME</b>: MESSAGE</li>, in the order written, "
                         "'Anonymous' for an empty name")

    def test_script_is_escaped(self):
        self.sign("Mallory", '<script>alert("x")</script>')
        page = self.page()
        self.assertNotIn("<script>", page,
                         "A message holding <script> reached the page as HTML: every visitor's "
                         "browser would run it. Let the template escape it")
        self.assertEqual(items(page), ["<b>Mallory</b>: &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"],
                         "The message <script>alert(\"x\")</script> must show as text: "
                         "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")

    def test_name_is_escaped(self):
        self.sign("<img src=x onerror=alert(1)>", "hi")
        self.sign("Tom & Jerry", "1 < 2")
        page = self.page()
        self.assertNotIn("<img", page, "A name holding an <img> tag reached the page as HTML")
        self.assertEqual(items(page),
                         ["<b>&lt;img src=x onerror=alert(1)&gt;</b>: hi",
                          "<b>Tom &amp; Jerry</b>: 1 &lt; 2"],
                         "Names and messages are escaped ('<' as '&lt;', '&' as '&amp;'), "
                         "the <b> tags of the template are not")

    def test_stored_as_typed(self):
        self.sign("<i>Zoe</i>", " a & b ")
        self.assertEqual(main.ENTRIES, [{"name": "<i>Zoe</i>", "message": "a & b"}],
                         "ENTRIES keeps exactly what was typed (spaces at the ends taken off): "
                         "escape when the page is made, not when the text is saved")
        self.assertEqual(items(self.page()), ["<b>&lt;i&gt;Zoe&lt;/i&gt;</b>: a &amp; b"],
                         "Escaped once, by the template: '&' shows as '&amp;', not '&amp;amp;'")

    def test_empty_message(self):
        self.sign("Ada", "first")
        for message in ("", "   "):
            response = self.sign("Bo", message)
            page = response.get_data(as_text=True)
            self.assertEqual(response.status_code, 400,
                             f"The message {message!r} is empty: answer 400 with the page")
            self.assertIn('<p class="error">Please write a message.</p>', page,
                          "After an empty message the page says "
                          '<p class="error">Please write a message.</p>')
            self.assertEqual(items(page), ["<b>Ada</b>: first"],
                             "The page after an error still lists the entries")
        self.assertEqual(len(main.ENTRIES), 1, "An empty message adds nothing to ENTRIES")
        self.assertNotIn('class="error"', self.page(), "The plain page shows no error")


if __name__ == "__main__":
    unittest.main()
