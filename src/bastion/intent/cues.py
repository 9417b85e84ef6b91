# ruff: noqa: E501
"""Intent cues: the words that turn a question on a sensitive topic into a plan against someone.

A decomposed attack and its benign twin share their topic (which plants are poisonous, how trackers
work, how a bank checks a transfer); an embedding reads mostly topic, so on its own it separates
them poorly. What parts them is usually a handful of words about the *purpose*: doing it unseen,
getting past a safeguard, aiming it at a particular person, making it deadly, deceiving the victim,
or keeping a child's contact secret from the parents. Each kind below is a short list of patterns,
written for bastion as general English phrasing (not taken from any data set); the trajectory model
reads which kinds a session has shown (`TrajectoryState.cues`) beside its embedding features, so a
cue weighs only as much as training found it worth, and only together with the rest.

The patterns are deliberately about the speaker's aim toward others: "without them knowing" is a
cue, "without me knowing" (someone tracking *me*) is not; "lethal dose" is, "overdose symptoms" is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bastion.text import normalize_text

__all__ = ["CUE_KINDS", "cue_kinds", "describe_cues"]

_OTHERS = (
    r"(?:anyone|anybody|someone|people|them|him|her|the (?:police|cops|authorities|owner|victim|family|neighbou?rs?"
    r"|school|teachers?|staff|bank|doctors?|coroner|lab|landlord|boss|company)|my (?:wife|husband|partner|boss|parents"
    r"|family|girlfriend|boyfriend|roommate|flatmate)|his (?:wife|family|parents)|her (?:husband|family|parents)"
    r"|their (?:parents|family)|the (?:kids?|child)'?s? parents)"
)
_PERSON = (
    r"(?:him|her|them|my (?:ex|wife|husband|partner|boss|neighbou?r|coworker|co-worker|colleague|classmate|roommate"
    r"|flatmate|teacher|landlord|stepdad|stepmom|stepmother|stepfather|sister|brother|girlfriend|boyfriend)"
    r"|the (?:victim|target|old (?:man|woman|lady)|neighbou?r)|this (?:guy|girl|woman|man|person|kid))"
)
_POSS = r"(?:his|her|their|my (?:ex|wife|husband|partner|girlfriend|boyfriend|neighbou?r|coworker|boss)'?s?)"

_PATTERNS: dict[str, tuple[str, ...]] = {
    # Doing it unseen, hiding the act or its traces.
    "conceal": (
        rf"\bwithout {_OTHERS} (?:ever )?(?:knowing|noticing|finding out|suspecting|seeing|realising|realizing"
        r"|getting suspicious|being able to tell|tracing it)",
        rf"\bso (?:that )?(?:no ?one|nobody|{_OTHERS}) (?:(?:won't|wouldn't|can't|couldn't|doesn't|don't|never) )?"
        r"(?:finds? out|knows?|notices?|suspects?|can tell|would know|would notice|traces? it)",
        r"\b(?:undetectable|untraceable|untraced)\b",
        r"\b(?:can't|cannot|couldn't|won't|wouldn't|not|never) be (?:traced|detected|found|noticed|linked)",
        r"\b(?:hard|harder|impossible|difficult) (?:for (?:a|the) (?:lab|coroner|doctor|police|forensics?|tox(?:icology)?"
        r" (?:screen|test))\w* )?to (?:detect|trace|notice)",
        r"\b(?:leave|leaves|leaving) no (?:trace|traces|marks?|evidence|record|trail)\b",
        r"\bno (?:paper|digital|money) trail\b",
        r"\bwithout (?:leaving )?(?:a |any )?(?:record|records|trace|traces|paper trail|receipt|marks?)\b",
        r"\bcover (?:my|our|his|her|their|the) tracks\b",
        r"\bget away with\b",
        r"\b(?:look|looks|seem|seems|pass) (?:like|as) (?:an? )?(?:accident|accidental|natural causes|heart attack"
        r"|suicide|food poisoning|a fall|an illness|a robbery|a break-in)",
        r"\b(?:avoid|avoiding|without) (?:raising )?(?:suspicion|detection|getting caught|being caught|being seen"
        r"|being noticed|being traced|being recognised|being recognized)",
        r"\b(?:not|never|don't|won't) (?:get|be) caught\b",
        r"\bshow up (?:on|in) (?:a |an |the )?(?:tox(?:icology)?|autopsy|drug|blood) (?:screen|test|report)",
        r"\b(?:off the books|under the table)\b",
        r"\b(?:destroy|wipe|get rid of|dispose of) (?:the )?(?:evidence|body|remains|weapon|blood)\b",
        r"\bbehind (?:his|her|their|my (?:wife|husband|partner)'?s?) back\b",
        r"\bsecretly (?:record|track|follow|watch|film|read|add|put|slip|install|access|monitor)",
        r"\bwithout (?:showing|revealing|giving away|using) (?:my|our) (?:real )?(?:number|name|identity|ip|face|location)",
        r"\b(?:hidden|hide (?:a|an|the)|invisible|stealthy?) (?:admin|user|account|backdoor|camera|tracker|app|process"
        r"|folder|file|partition|compartment)s?\b",
        r"\b(?:get|let me) back in (?:later|whenever|anytime)\b",
        r"\b(?:nobody|no ?one|no one) (?:would|will|could|can) (?:find|see|hear|notice|stop) (?:me|us|it|them|him|her)\b",
        r"\bso (?:he|she|they) (?:doesn't|don't|won't|wouldn't|does not|will not) (?:mention|tell|say|report) (?:it|this"
        r"|anything)",
        r"\b(?:wipe|clear|delete|erase|scrub) (?:the |my |his |her |their )?(?:logs?|history|metadata|footage|recordings?"
        r"|browsing history|messages) (?:afterwards|after|so|before)",
    ),
    # Getting past a safeguard: checks, licences, filters, borders, reporting.
    "evade": (
        r"\bwithout (?:a |any )?(?:background check|licen[cs]e|prescription|permit|serial number|id check"
        r"|verification|kyc|paperwork|registering it|registration)",
        r"\b(?:bypass|get around|get past|circumvent|defeat|disable|evade|beat|fool|slip past|sneak past)"
        r" (?:the |a |an |their |its |his |her )?(?:background check|security|filters?|2fa|mfa|two-factor|verification"
        r"|age (?:check|verification)|checks?|scanners?|metal detectors?|customs|border|sniffer dogs|drug dogs"
        r"|breathalyz?s?er|drug tests?|antivirus|edr|firewall|alarm|cameras?|content moderation|moderators?"
        r"|fraud detection|aml|reporting)",
        r"\b(?:get|sneak|smuggle|carry) (?:it|them|this|these|\w+) (?:past|through) (?:customs|security|the border"
        r"|airport security|the scanner)",
        r"\b(?:under|below|beneath) the (?:reporting|\$?10,?000|ctr) (?:threshold|limit)",
        r"\b(?:avoid|avoiding|dodge|dodging) (?:the )?(?:police|customs|taxes|tax|reporting|kyc|aml|a warrant"
        r"|sanctions|the law)\b",
        r"\bfake (?:id|ids|passport|licen[cs]e|identity|prescription|doctor's note)\b",
        r"\bnot (?:flagged|reported) (?:by|to) (?:the )?(?:bank|irs|hmrc|authorities|police)",
    ),
    # Aiming it at a particular person: revenge, control, following, exposing.
    "target": (
        r"\b(?:get (?:back|even) at|revenge on|take revenge|payback (?:on|for))\b",
        rf"\bmake {_PERSON} (?:pay|suffer|regret|sick|ill|miserable|disappear|afraid|scared|quit|leave)\b",
        rf"\bteach {_PERSON} a lesson\b",
        rf"\b(?:ruin|destroy) {_POSS} (?:life|reputation|career|marriage|business|relationship)",
        rf"\bwithout {_POSS} (?:consent|permission|knowledge)\b",
        rf"\b(?:track|follow|monitor|spy on|watch) {_POSS} (?:phone|location|car|messages|texts|movements"
        r"|whereabouts|every move)",
        r"\bfollow (?:her|him|them) (?:home|to work|from work|around)\b",
        r"\b(?:where|when) (?:she|he) (?:lives|sleeps|goes|leaves|parks|walks|is alone|gets home|works out)\b",
        r"\b(?:her|his) (?:new|home) address\b",
        rf"\b(?:post|leak|share|publish|spread) {_POSS} (?:address|photos|pictures|nudes|number|secrets|details)",
        rf"\b(?:scare|frighten|intimidate|threaten|silence) {_PERSON}\b",
    ),
    # Making it deadly or maximising the harm.
    "lethal": (
        r"\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|level|concentration)\b",
        r"\benough (?:of (?:it|that|this|them) )?to (?:kill|be fatal|be lethal|knock (?:out|someone out|him out|her out)"
        r"|make (?:someone|him|her|them|a person) (?:pass out|unconscious|collapse|very sick)|stop (?:a|his|her|their) heart)",
        r"\b(?:wouldn't|won't|would not|will not|never|not) wake (?:up|back up)\b",
        r"\b(?:most|maximum|maximise|maximize|as many) (?:casualties|damage|victims|people as possible|harm)\b",
        r"\bincapacitate\b",
        r"\bknock (?:someone|somebody|him|her|them|a person) out\b",
        r"\bstop (?:his|her|their|someone's) (?:heart|breathing)\b",
        r"\bhow long (?:would it take|until|before) (?:someone|a person|he|she|they|it kills)\b.{0,40}\b(?:die|dies|dead)\b",
    ),
    # Deceiving the victim: impersonation, forgery, manipulation.
    "deceive": (
        r"\b(?:pretend(?:ing)? to be|pose as|posing as|passing myself off as)\b",
        # Impersonating someone, not being impersonated ("an account impersonating me").
        r"\bimpersonat(?:e|ing|ion of) (?!me\b|us\b|myself\b|our\b)",
        r"\bfake (?:invoice|invoices|receipt|receipts|reviews?|profile|profiles|account|accounts|screenshots?"
        r"|documents?|bank statement|pay ?stub|charity|website|login page|giveaway)\b",
        r"\b(?:convince|persuade|trick|pressure|manipulate|get) (?:an? )?(?:elderly|old|older|vulnerable|lonely"
        r"|grieving) (?:man|woman|lady|person|people|couple|relative|neighbou?r|widow|widower|customer|client)s?",
        r"\btrick (?:them|him|her|people|someone|users|customers|victims) into\b",
        rf"\bso (?:that )?{_PERSON} (?:won't|doesn't|don't|wouldn't|can't) (?:realise|realize|notice|suspect|check"
        r"|know it's)",
        r"\b(?:without|before) (?:they|he|she) (?:realise|realize|notice|checks?)\b",
        r"\bmake it look (?:official|legitimate|real|like it came from)\b",
    ),
    # A child kept apart from the adults who protect it.
    "minor_secrecy": (
        r"\b(?:don't|do not|not to|never) tell (?:your|their|his|her) (?:mum|mom|dad|parents|teacher|family)\b",
        r"\b(?:our|a) (?:little )?secret\b.{0,60}\b(?:kid|child|boy|girl|student|son|daughter|niece|nephew|\d{1,2}"
        r"[- ]?(?:year|yr)s?[- ]old)\b",
        r"\b(?:alone|one[- ]on[- ]one|private(?:ly)?|in private) with (?:a |the |my |his |her |their |our )?"
        r"(?:neighbou?r's |friend's )?(?:kid|kids|child|children|boy|girl|student|pupil|niece|nephew)\b",
        r"\bwithout (?:the |his |her |their )?(?:parents|mum|mom|dad|family) (?:knowing|finding out|around|noticing)",
        r"\b(?:doesn't|won't|wouldn't|does not|will not|don't) (?:mention|tell|say) (?:it |this |anything )?(?:to )?"
        r"(?:his|her|their) (?:mum|mom|dad|parents|teacher)",
        r"\b(?:babysit|tutor|coach|mentor|drive) (?:her|him|them|the (?:kid|kids|child|boy|girl))\b.{0,60}\b(?:alone"
        r"|just the two of us|without (?:her|his|their) (?:mum|mom|dad|parents))",
        r"\bjust (?:the two of us|between us)\b.{0,60}\b(?:kid|child|boy|girl|student|\d{1,2}[- ]?(?:year|yr)s?[- ]old)\b",
        r"\b(?:kid|child|boy|girl|minor|student|\d{1,2}[- ]?(?:year|yr)s?[- ]old)\b.{0,60}\b(?:private chat|dm|direct"
        r" message|snapchat|secret account|delete (?:the|our) messages)\b",
    ),
    # Threatening a person, outright or between the lines.
    "threat": (
        r"\b(?:they'll|he'll|she'll|you'll|they will|he will|she will|you will) (?:be sorry|regret it|pay for"
        r"|get what's coming)",
        r"\b(?:i|we) know where (?:you|they|he|she) (?:live|lives|work|works|sleep|sleeps|park|parks)\b",
        r"\b(?:watch (?:your|their|his|her) back|or else\b|before something happens to)",
        r"\b(?:aren't|are not|isn't|is not|not) welcome (?:here|in this|on this|on our)",
        r"\b(?:make|makes) (?:it )?clear (?:that )?(?:i|we) know where\b",
    ),
    # A person who means to end their life.
    "despair": (
        r"\b(?:so (?:they|my (?:friends|family|kids)) know i loved them|i'?m done\b|i can'?t do this anymore"
        r"|(?:won't|will not|not going to) be (?:here|around) (?:much longer|anymore|tomorrow)|end it all|end my life"
        r"|kill myself|goodbye (?:note|letter|message) (?:for|to) (?:my|the))",
        r"\b(?:nobody|no ?one|no one) would (?:find|miss|notice) me\b",
        r"\bmost painless (?:way|method)\b",
    ),
}

CUE_KINDS: tuple[str, ...] = tuple(_PATTERNS)

_DESCRIPTIONS = {
    "conceal": "doing it unseen",
    "evade": "getting past a safeguard",
    "target": "aiming it at a person",
    "lethal": "making it deadly",
    "deceive": "deceiving the victim",
    "minor_secrecy": "a child kept from its parents",
    "threat": "threatening a person",
    "despair": "the speaker's own life at risk",
}

_COMPILED = {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in _PATTERNS.items()}
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def cue_kinds(text: str) -> frozenset[str]:
    """The cue kinds a text shows.

    Args:
        text: A user message or a tool call rendered as text.

    Returns:
        The kinds (members of CUE_KINDS).
    """
    # Read as a person reads it (no invisible characters, no look-alike letters), quotes and spaces folded.
    folded = _SPACE.sub(" ", normalize_text(text).translate(_QUOTES).lower())
    return frozenset(kind for kind, pattern in _COMPILED.items() if pattern.search(folded))


def describe_cues(kinds: list[str]) -> str:
    """`doing it unseen, aiming it at a person` from cue kinds."""
    return ", ".join(_DESCRIPTIONS.get(kind, kind) for kind in kinds)
