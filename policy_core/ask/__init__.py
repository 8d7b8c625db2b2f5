"""Ask policy: answer questions from the organisation's own policy, quoted and cited.

Slack-free and database-free: `document` parses policy Markdown into sections, `analyzer` turns
text into search terms (stems, synonyms, phrases, typo repair), `index` ranks sections and
sentences with BM25, `answer` builds the quoted, cited answer and decides whether it is confident.
"""

from policy_core.ask.answer import Answer, Citation, answer_question
from policy_core.ask.document import PolicyDocument, PolicyFormatError, Section, parse_markdown
from policy_core.ask.index import PolicyIndex

__all__ = [
    "Answer",
    "Citation",
    "PolicyDocument",
    "PolicyFormatError",
    "PolicyIndex",
    "Section",
    "answer_question",
    "parse_markdown",
]
