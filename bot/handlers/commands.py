"""Public commands: /start, /help, /departments, /items, /indicators (and the command menus)."""

from __future__ import annotations

import asyncio

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot import views
from bot.formatting import escape
from bot.handlers.query import answer_question, command_argument
from bot.paging import Listing, reply_listing
from bot.people import person
from bot.services import services
from nlp.engine import EXAMPLES

# The menus Telegram shows (set in post_init); /help and the README list the same commands.
PUBLIC_COMMANDS = (
    BotCommand("start", "开始使用：已载入的数据和提问示例"),
    BotCommand("help", "怎样提问，全部命令"),
    BotCommand("departments", "已载入的部门、年度和版本日期"),
    BotCommand("items", "部门的任务和预算项目，如 /items 科技局"),
    BotCommand("indicators", "按类别列出绩效指标，如 /indicators 成本指标"),
    BotCommand("ask", "提问（群组中用），如 /ask 送温暖活动经费是多少？"),
    BotCommand("digest", "今天的绩效进度摘要和图表，可加部门，如 /digest 总工会"),
    BotCommand("subscribe", "定时摘要 /subscribe [daily|weekly|monthly] [HH:MM] [部门]"),
    BotCommand("unsubscribe", "退订定时摘要，可加部门"),
)
ADMIN_COMMANDS = (
    BotCommand("versions", "管理员：全部导入版本，可加部门和年度"),
    BotCommand("rollback", "管理员：恢复旧版本 /rollback 部门 年度 [版本号]"),
    BotCommand("alias", "管理员：添加别名 /alias 别名 = 名称"),
    BotCommand("unanswered", "管理员：最近没有答上的问题"),
    BotCommand("template", "管理员：下载空白绩效目标表（XLSX）"),
    BotCommand("export", "管理员：导出当前全部数据（XLSX）；/export progress 人人可用"),
    BotCommand("fix", "管理员：核对扫描件的识别结果 /fix 序号 值，如 /fix 1 ≥90人"),
)
# Admins and the reporters of JIXIAO_REPORTERS (for their own departments).
REPORTER_COMMANDS = (
    BotCommand("report", "填报进度 /report [部门] 名称 完成值，如 /report 开展技能培训 320人"),
)


def help_text(is_admin: bool, is_reporter: bool = False) -> str:
    examples = "\n".join(f"• {escape(q)}" for q in EXAMPLES)
    lines = [
        "<b>绩效问答机器人</b>：用中文直接提问，回答会给出表中的原始数字和出处。例如：",
        examples,
        "可以接着追问，例如“那去年呢？”“科技局的呢？”；一条消息也可以问两三件事，"
        "例如“科技局财政拨款多少？其他资金呢”；还可以问“今年新增了哪些任务”"
        "“去年那个…经费今年叫什么”“是不是全市培训经费里最少的”“哪些指标的年度指标值变了”"
        "“平台是不是年底前上线”“总体目标里说…多少”。",
        "长的列表只发一条消息，点“上一页 / 下一页”翻页；没写部门时先列出部门，点部门即可查看。",
        "在群组中：@我 提问、回复我的消息，或用 /ask 问题。",
        "进度：/digest 看今天的进度总览，点部门按钮看详情；/subscribe 定时收到总览"
        "（每天、每周一或每月 1 日，北京时间；群组中由管理员订阅），/subscribe status 看送达情况；"
        "/export progress 把进度导出为 XLSX。",
        "",
        "<b>命令</b>",
        *(f"/{c.command} — {escape(c.description)}" for c in PUBLIC_COMMANDS),
    ]
    if is_admin or is_reporter:
        lines += [
            "",
            "<b>填报进度</b>" + ("" if is_admin else "（本部门）"),
            *(f"/{c.command} — {escape(c.description)}" for c in REPORTER_COMMANDS),
            "也可以在私聊中发送 CSV 或 XLSX 进度文件（列：部门、年度、名称、截至日期、完成值、"
            "备注），预览后确认导入。",
        ]
    if is_admin:
        lines += [
            "",
            "<b>管理员命令</b>",
            *(f"/{c.command} — {escape(c.description.removeprefix('管理员：'))}"
              for c in ADMIN_COMMANDS),
            "",
            "<b>导入数据</b>：在私聊中把 PDF、XLSX 或 TXT 格式的绩效目标表作为文件发给我，"
            "我会先显示预览和变化，点“确认导入”后才会导入。扫描件和照片（JPEG/PNG，"
            "最好作为文件发送）会先识别，识别不确定的单元格附原图，核对后才能导入。",
        ]
    return "\n".join(lines)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    engine = services(context).engine
    summary = await asyncio.to_thread(lambda: engine.index.loaded_summary())
    examples = "\n".join(f"• {escape(q)}" for q in EXAMPLES)
    known = f"目前已载入：{escape(summary)}。" if summary else escape(views.NO_DATA)
    await update.effective_message.reply_text(
        "您好！我是绩效问答机器人，可以回答部门整体预算绩效目标表里的问题，"
        f"并给出数字的出处。\n{known}\n\n可以这样问：\n{examples}\n\n发送 /help 查看全部命令。"
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc, user_id = services(context), update.effective_user.id
    person(update.effective_user, svc)  # an admin's name, for refusals
    is_reporter = user_id in svc.settings.reporters
    await update.effective_message.reply_text(help_text(svc.is_admin(user_id), is_reporter))


async def departments(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    listing = await asyncio.to_thread(views.departments_listing, services(context).store)
    await reply_listing(update.effective_message, context, listing)


async def items(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/items [部门] [年度]``: tasks and budget lines, latest year unless one is named; with
    no department, a list of departments with a button each."""
    argument, year = views.split_year(command_argument(update.effective_message))
    listing = await asyncio.to_thread(_department_view, context, argument, year,
                                      views.items_listing)
    await reply_listing(update.effective_message, context, listing)


async def indicators(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/indicators [部门|类别]``: all indicators by category, or one category's (which the
    engine answers best, with the chat's context kept for follow-ups)."""
    argument = command_argument(update.effective_message)
    name, year = views.split_year(argument)
    listing = await asyncio.to_thread(_indicators_view, context, name, year)
    if listing is None:
        await answer_question(update, context, f"{argument}有哪些")
        return
    await reply_listing(update.effective_message, context, listing)


def _indicators_view(context: ContextTypes.DEFAULT_TYPE, name: str, year: int | None
                     ) -> Listing | None:
    """The grouped list for all or one department; None when ``name`` is not a department."""
    index = services(context).engine.index
    department = views.resolve_department(name, index) if name else None
    if name and department is None:
        return None
    return views.indicators_listing(index, department, year)


def _department_view(context: ContextTypes.DEFAULT_TYPE, name: str, year: int | None,
                     view) -> Listing:
    index = services(context).engine.index
    department = None
    if name:
        department = views.resolve_department(name, index)
        if department is None:
            return Listing.from_text(views.unknown_department_text(name, index))
    return view(index, department, year)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text("没有这个命令。发送 /help 查看可用的命令。")


async def not_a_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice… in a private chat: say what the bot can do instead."""
    await update.effective_message.reply_text(
        "我只能回答文字问题，例如：送温暖活动经费是多少？"
        "（管理员导入数据时，请把 PDF、XLSX 或 TXT 以“文件”形式发送。）"
    )
