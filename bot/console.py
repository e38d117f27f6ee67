"""The local console chat: the same engine and answers as Telegram, for use without a token."""

from __future__ import annotations

import sys

from bot.formatting import headline_plain
from nlp.engine import EXAMPLES, Engine

HELP = """命令：
  alias 别名 = 名称   添加别名（立即生效，保存在数据库中）
  unanswered          最近没有答上的问题
  help                显示本帮助
  quit / exit         退出"""


def run_console(engine: Engine, stdin=sys.stdin, stdout=sys.stdout) -> int:
    index = engine.index
    print("绩效问答机器人（控制台模式，未设置 TELEGRAM_BOT_TOKEN）", file=stdout)
    print(f"已载入：{index.loaded_summary() or '（无数据）'}", file=stdout)
    print(f"例如：{'、'.join(EXAMPLES)}   输入 help 查看命令，quit 退出。", file=stdout)
    while True:
        print("\n> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:  # end of input
            print(file=stdout)
            return 0
        line = line.strip()
        if line.lower() in ("quit", "exit", "q", "退出"):
            return 0
        print(console_reply(engine, line), file=stdout, flush=True)


def console_reply(engine: Engine, line: str) -> str:
    """One console turn: a local admin command, or a question."""
    lowered = line.lower()
    if lowered in ("help", "?", "帮助"):
        return HELP
    if lowered.startswith("alias ") or line.startswith("别名 "):
        alias, _, target = line.split(" ", 1)[1].partition("=")
        return engine.add_alias(alias, target, created_by="console")
    if lowered == "unanswered":
        rows = engine.store.unanswered()
        if not rows:
            return "最近没有未答上的问题。"
        return "\n".join(f"{r['asked_at'][:16]}  {r['question']}（{r['count']} 次）" for r in rows)
    answer = engine.ask(line, chat_id="console", user_id="console")
    text = headline_plain(answer.text)  # the same layer as the bot, without HTML
    if answer.choices:
        return text + "\n（输入其中一个名称即可查询）"
    return text
