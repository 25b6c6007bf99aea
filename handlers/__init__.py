"""Every feature's entry points, and the one place that says where each message goes."""

from bot.core import Routes
from handlers import campaigns, questions, start

ROUTES = Routes(
    commands={
        "start": start.start,
        "help": start.help_,
        "trogiup": start.help_,
        "phongtrao": campaigns.list_campaigns,
        "tieuchi": campaigns.criteria,
    },
    actions={
        "campaign": campaigns.card,
        "part": campaigns.part,
        "criteria": campaigns.criteria_of,
        "passage": questions.show_passage,
    },
    # Last: any text that is not a command or a chosen option is a question.
    free_text=questions.answer,
)
