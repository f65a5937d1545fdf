import re
import unittest

import main

STARTER_BOOKS = [
    {"title": "Dune", "author": "Frank Herbert", "read": True},
    {"title": "Emma", "author": "Jane Austen", "read": False},
    {"title": "Kindred", "author": "Octavia E. Butler", "read": False},
]


def tidy(html):
    """The page without the spaces and line breaks around its tags."""
    html = re.sub(r"\s+", " ", html)
    return re.sub(r"\s*(<|>)\s*", r"\1", html).strip()


class ReadingListTests(unittest.TestCase):
    def setUp(self):
        self.client = main.app.test_client()
        self.saved = list(main.BOOKS)

    def tearDown(self):
        main.BOOKS[:] = self.saved

    def page(self, books):
        main.BOOKS[:] = books
        response = self.client.get("/books")
        self.assertEqual(response.status_code, 200, "GET /books should answer 200")
        return tidy(response.get_data(as_text=True))

    def items(self, page):
        return re.findall(r"<li>(.*?)</li>", page)

    def test_starter_books(self):
        page = self.page(STARTER_BOOKS)
        self.assertIn("<h1>My reading list</h1>", page, "The page starts with the heading")
        self.assertIn("<p>3 books, 1 read</p>", page,
                      "With the three books of the starter the page says <p>3 books, 1 read</p>")
        self.assertEqual(self.items(page),
                         ["Dune by Frank Herbert (read)", "Emma by Jane Austen",
                          "Kindred by Octavia E. Butler"],
                         "One <li>TITLE by AUTHOR</li> per book, in order, ' (read)' after a book "
                         "that has been read")
        self.assertIn("<ul><li>", page, "The <li> items are inside a <ul>")
        self.assertNotIn("No books yet", page, "'No books yet.' only when there are no books")

    def test_other_books(self):
        books = [
            {"title": "Beloved", "author": "Toni Morrison", "read": True},
            {"title": "Ulysses", "author": "James Joyce", "read": False},
            {"title": "Middlemarch", "author": "George Eliot", "read": True},
            {"title": "Solaris", "author": "Stanislaw Lem", "read": True},
        ]
        page = self.page(books)
        self.assertIn("<p>4 books, 3 read</p>", page,
                      "With four books, three of them read: <p>4 books, 3 read</p>. Do not "
                      "write the numbers into the template: count BOOKS")
        self.assertEqual(self.items(page),
                         ["Beloved by Toni Morrison (read)", "Ulysses by James Joyce",
                          "Middlemarch by George Eliot (read)", "Solaris by Stanislaw Lem (read)"],
                         "The list shows the books of BOOKS, whatever they are: loop over them "
                         "in the template")

    def test_one_book(self):
        page = self.page([{"title": "Emma", "author": "Jane Austen", "read": False}])
        self.assertIn("<p>1 book, 0 read</p>", page,
                      "With one book the line says '1 book', not '1 books'")
        self.assertEqual(self.items(page), ["Emma by Jane Austen"])

    def test_no_books(self):
        page = self.page([])
        self.assertIn("<h1>My reading list</h1>", page, "The heading is there even with no books")
        self.assertIn("<p>No books yet.</p>", page,
                      "With no books, the page says <p>No books yet.</p>")
        self.assertNotIn("<ul>", page, "With no books there is no <ul> list: use {% if books %}")
        self.assertNotIn("0 books", page, "With no books there is no count line")

    def test_titles_are_escaped(self):
        page = self.page([{"title": "Fish & Chips <3", "author": "A <b>Bold</b> Cook",
                           "read": False}])
        self.assertNotIn("<b>", page,
                         "The author 'A <b>Bold</b> Cook' must show as text, not become a bold "
                         "tag: put it in {{ }} and do not switch escaping off")
        self.assertEqual(self.items(page),
                         ["Fish &amp; Chips &lt;3 by A &lt;b&gt;Bold&lt;/b&gt; Cook"],
                         "'<' must reach the browser as '&lt;' and '&' as '&amp;': the template "
                         "escapes every {{ value }}")


if __name__ == "__main__":
    unittest.main()
