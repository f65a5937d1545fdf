# Authors and books with SQLAlchemy's ORM: classes instead of SQL text.
from typing import Any

from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, relationship

# The base class of every model. `Any`: the type checker cannot see what
# declarative_base() makes, so we say so.
Base: Any = declarative_base()


class Author(Base):
    __tablename__ = "authors"

    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False, unique=True)
    books = relationship("Book", back_populates="author")


class Book(Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    title = Column(String, nullable=False)
    author_id = Column(Integer, ForeignKey("authors.id"), nullable=False)
    author = relationship("Author", back_populates="books")


def make_engine(url: str = "sqlite://") -> Engine:
    engine = create_engine(url, future=True)
    Base.metadata.create_all(engine)
    return engine


def add_book(session: Session, title: str, author_name: str) -> Book:
    author = session.execute(select(Author).where(Author.name == author_name)).scalar_one_or_none()
    if author is None:
        author = Author(name=author_name)
    book = Book(title=title, author=author)
    session.add(book)
    session.commit()
    return book


def books_with_authors(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(select(Book.title, Author.name).join(Book.author).order_by(Book.title))
    return [(title, name) for title, name in rows]


def book_counts(session: Session) -> list[tuple[str, int]]:
    rows = session.execute(
        select(Author.name, func.count(Book.id))
        .outerjoin(Author.books)
        .group_by(Author.id)
        .order_by(Author.name)
    )
    return [(name, count) for name, count in rows]


if __name__ == "__main__":
    engine = make_engine()
    with Session(engine, future=True) as session:
        emma = add_book(session, "Emma", "Jane Austen")
        add_book(session, "Persuasion", "Jane Austen")
        add_book(session, "Dune", "Frank Herbert")
        session.add(Author(name="Ursula K. Le Guin"))
        session.commit()
        print(emma.author.name, [book.title for book in emma.author.books])
        print(books_with_authors(session))
        print(book_counts(session))
