"""Text corpora and fixed records for the Cresta seed data (keeps the seed module short)."""

from __future__ import annotations

# The anchor message conv-1/msg-1: long, with 2-, 3- and 4-byte UTF-8 characters so that byte
# indices differ from character indices (ë ü ß: 2 bytes, — €: 3 bytes, 😊: 4 bytes).
ANCHOR_TEXT = (
    "Hi! I'm Zoë Müller from Zürich — my card number is 4111 1111 1111 1111 and my phone "
    "is +41 44 668 18 00. Can you check the charge of 129,90 € from last week at the "
    "Straße des 17. Juni store? Thanks a lot 😊"
)
ANCHOR_CARD = "4111 1111 1111 1111"

NAMES = [
    "Zoë", "José", "Łukasz", "Søren", "Ana", "François", "Jürgen", "Mary", "Chloé", "Tomás",
    "Priya", "Ngọc", "Björn", "Oğuz", "Kenji", "Aoife", "Dmitri", "Inés", "Hana", "Omar",
]  # fmt: skip

AGENT_LINES = [
    "Thank you for calling {company}, my name is {agent}. How can I help you today?",
    "I'm sorry to hear that, {visitor}. Let me look into it right away.",
    "Could you please confirm the email address on the account?",
    "I can see the charge of {amount} € on your last statement.",
    "I've processed a refund of {amount} €; it takes 3–5 business days to show up.",
    "Is there anything else I can help you with today?",
    "Let me transfer you to our billing team — one moment please.",
    "Great news: I can upgrade your plan at no extra cost for the first month.",
    "I understand the frustration. I'll escalate this to my supervisor.",
    "Your order #{order} ships tomorrow morning.",
    "Thanks for your patience, {visitor}. Have a wonderful day!",
    "Could you spell your last name for me, please?",
]
VISITOR_LINES = [
    "Hi, I have a question about my bill.",
    "I was charged twice for the same order, #{order}.",
    "Sure, it's {visitor_lower}@example.com.",
    "I'd like to cancel my subscription, please.",
    "Why did my price go up to {amount} € this month?",
    "That works, thank you so much!",
    "No, that's all. Merci beaucoup 🙂",
    "I've been waiting for 40 minutes…",
    "Can I get a refund for the damaged item?",
    "My name is {visitor}, and my number is +1 415 555 {order4}.",
    "The app keeps crashing when I open my account page.",
    "Okay, great. ¿Y el envío es gratis?",
]
SUGGESTIONS = [
    "I can process a refund for you right away.",
    "Would you like me to send a confirmation email?",
    "Let me check the status of your order.",
    "I apologize for the inconvenience; here is a 10 % discount code.",
    "Our premium plan includes free shipping — shall I upgrade you?",
    "I can waive the late fee this time.",
    "Please allow 3–5 business days for the refund to appear.",
    "Could you confirm the last four digits of your card?",
    "I'll escalate this to our technical team.",
    "Thank you for being a loyal customer!",
]
COMMENTS = [
    "Great job de-escalating the billing dispute on this call.",
    "Remember to confirm the customer's identity before discussing the account.",
    "Nice use of empathy statements here 👍",
    "Try offering the refund earlier in the conversation.",
    "Let's review the hold time in our next 1:1.",
    "Good discovery questions — keep it up.",
    "The closing could be stronger; summarise the next steps.",
    "Thanks for the feedback, I'll work on it.",
    "Agreed, I missed the upsell opportunity.",
    "Please tag me on similar calls next week.",
]
PLAN_TITLES = ["Empathy & tone", "Discovery", "Objection handling", "Call control", "Closing"]
SKILLS = ["billing", "returns", "upgrades", "technical", "retention"]
DISPLAY_NAMES = ["Billing question", "Refund request", "Plan upgrade", "Cancellation", "Tech help"]

# (moment id, type, display name): moment-3 is the non-ENTITY one.
MOMENTS = [
    ("moment-1", "ENTITY", "Payment card number"),
    ("moment-2", "ENTITY", "Phone number"),
    ("moment-3", "INTENT", "Cancellation intent"),
]
# (template id, revision, evaluatedConversationCountPerAgent, usecases, [(user|group, id, count)])
TEMPLATES = [
    ("qa-template", "rev-1", 5, ("sales", "support"), [("user", "agent-2", 10), ("group", "group-new-hires", 8)]),
    ("qa-template", "rev-2", 6, ("sales", "support"), []),
    ("csat-template", "rev-1", 3, ("support", "retention"), [("group", "group-tier-2", 4)]),
]
