"""
Question-and-answer interviews: whose voice the answers are in.

In a Q&A the interviewer's questions stand as paragraphs of their own and the answers follow them unquoted,
in the first person of the one interviewed ("We enrolled 800 patients"). Nothing in an answer says who is
speaking: the introduction named them. So an answer's figures, and its "we" and "I", are the interviewee's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.speakers import people_named

QUESTION = re.compile(r"\?[\"'”’)]*\s*$")
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Mm]e|us)\b")
ONE_SENTENCE_MORE = re.compile(r"[.!?][\"'”’)]*\s+\S")
MIN_FIRST_PERSON_ANSWERS = 2  # one first-person paragraph after a question may be a reader's letter; two make a Q&A


@dataclass(frozen=True)
class Interview:
    interviewee: str
    answers: list[tuple[int, int]]  # (start, end) of each answer paragraph in the text

    def answers_at(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.answers)


def find_interview(text: str) -> Interview | None:
    """
    The interviewee and the answer paragraphs when the text is a Q&A: paragraphs that end in a question, each
    followed by unquoted paragraphs of which at least two speak in the first person. An explainer's question
    headings ("How many languages were recorded?") are answered in the reporter's voice, which says no "we".
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    questions = [i for i, (start, end) in enumerate(paragraphs) if QUESTION.search(text[start:end])]
    if len(questions) < 2:
        return None
    speaks = [bool(FIRST_PERSON.search(QUOTED.sub("", text[start:end]))) for start, end in paragraphs]
    for i in range(questions[0] + 2, len(paragraphs) - 1):
        # "Some officials say the council spends too much.": a prompt put as a statement, one sentence that
        # the answer after it, in the first person, takes up
        start, end = paragraphs[i]
        if not speaks[i] and speaks[i + 1] and i - 1 not in questions and not ONE_SENTENCE_MORE.search(text[start:end]):
            questions.append(i)
    questions.sort()
    answers = [span for i, span in enumerate(paragraphs) if i > questions[0] and i not in questions]
    # after the last answer the article may go on in the reporter's voice: the last answer runs while it says "I"
    last = questions[-1] + 1
    while last + 1 < len(paragraphs) and speaks[last + 1]:
        last += 1
    answers = [span for span in answers if span[0] <= paragraphs[min(last, len(paragraphs) - 1)][0]]
    speaking = [span for span in answers if speaks[paragraphs.index(span)]]
    if len(speaking) < MIN_FIRST_PERSON_ANSWERS:
        return None
    people = people_named(text[: paragraphs[questions[0]][0]])
    if not people:
        return None
    surnames = Counter(name.split()[-1] for name in people)
    most = max(surnames.values())
    # the one the introduction keeps naming; of equals, the last named ("..., spoke to us")
    interviewee = next(name for name in reversed(people) if surnames[name.split()[-1]] == most)
    full = max((name for name in people if name.split()[-1] == interviewee.split()[-1]), key=len)
    return Interview(full, answers)
