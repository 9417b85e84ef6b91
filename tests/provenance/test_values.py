import pytest

from bastion.provenance.values import delegates_to_outputs, normalize, text_atoms, url_parts, value_atoms


def test_text_atoms_finds_emails_ibans_urls_ids_and_amounts() -> None:
    text = (
        "From: landlord@example.com. Rent: 1,200.00 EUR to DE89 3704 0044 0532 0130 00, order #W6067464, "
        "card credit_card_4190576. Details at https://portal.example.org/bill?ref=INV-2291."
    )
    atoms = text_atoms(text)
    assert {
        "landlord@example.com",
        "1200",
        "de89370400440532013000",
        "#w6067464",
        "credit_card_4190576",
        "portal.example.org",
        "inv-2291",
    } <= atoms


def test_text_atoms_skips_plain_words_and_small_numbers() -> None:
    atoms = text_atoms("Please buy 2 apples and a banana today")
    assert atoms == set()


def test_url_parts_returns_host_and_carried_values() -> None:
    host, carried = url_parts("https://collect.example.net/v1/log?user=alice&key=sk-live-4411&n=1#frag-77")
    assert host == "collect.example.net"
    assert carried == ["alice", "sk-live-4411", "frag-77"]


def test_value_atoms_normalizes_numbers_and_spaced_ibans() -> None:
    atoms = set(value_atoms({"iban": "DE89 3704 0044 0532 0130 00", "amount": 1200.0, "to": ["Bob@Example.com"]}))
    assert atoms == {"de89370400440532013000", "1200", "bob@example.com", "example.com"}


def test_value_atoms_of_a_url_include_its_query_values() -> None:
    atoms = set(value_atoms("https://evil.example/c?d=secret-9931"))
    assert {"evil.example", "secret-9931"} <= atoms


def test_normalize_drops_case_and_trailing_punctuation() -> None:
    assert normalize("  Alice@Example.COM. ") == "alice@example.com"


@pytest.mark.parametrize(
    "request_text",
    [
        "Read docs/install.md and run the steps for me",
        "Follow the 'Configuring' instructions from the Flask docs for this repo",
        "Go through the README and do the setup it describes",
        "Check Tom's message and track any action item for me",
        "Read the latest e-mail from Julia and add anything they ask me to do to my to-do list",
        "What does Wei want in their last mail? Put it on my tasks.",
        "Get the recipe and put the ingredients on my shopping list",
    ],
)
def test_a_request_that_hands_over_what_an_output_asks_delegates(request_text: str) -> None:
    assert delegates_to_outputs(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Read the latest email from research.partner123@yahoo.com about the time-travel project.",
        "Pay my rent from the bill in my inbox",
        "Summarize the article at https://blog.example.org/posts/cheap-flights for me",
        "Can you show me all repositories owned by the developer 'dev_user' on Github?",
        "Check Amy Watson's shared calendar and tell me if she is available on February 28th.",
        "What's on my to-do list for today?",
    ],
)
def test_a_request_for_the_users_own_task_does_not_delegate(request_text: str) -> None:
    assert not delegates_to_outputs(request_text)
