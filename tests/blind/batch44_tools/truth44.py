"""Ground truth of every table batch 44 is written against: the shared loader
(tests/blind/batch_shared_tools/truth.py) over the five fixture tables, the blind tables of
batch 42's list (batch 41's list, batch 40's five, batch 42's five), batch 43's five (those of batch 43's list not in
batch 42's), batch 44's five (four units; batch 45, written at the same time, is not seen) and the form fixtures.
`python truth44.py` prints them.

Names that do not begin with their city: 共青团东莞市委员会 (batch 20), 中共东莞市委党校 (batch 23), 中共东莞市委网络安全和
信息化委员会办公室 (35), 中共东莞市委政法委员会 (36), 中共东莞市委机构编制委员会办公室 (37), 政协东莞市委员会办公室 (38),
中共东莞市委宣传部 (41), 中共东莞市委组织部 and 中共东莞市纪律检查委员会 (42). The shared city_of reads the city from the name's prefix only, so the loader is given a city_of
that also finds 东莞市 inside such a name; nothing else of the loader changes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "batch_shared_tools"))

import truth as _shared  # noqa: E402
from truth import (  # noqa: E402, F401
    BATCH5,
    BATCH6,
    BATCH7,
    BATCH8,
    BATCH9,
    BATCH10,
    BATCH11,
    BATCH12,
    D,
    dg2026,
    indicator,
    pct,
    q2,
    task,
    total,
    wan,
    yuan,
    yuan2,
)

BATCH13 = ["caizhengju_2026", "qixiangju_2026", "qixiangju_2025"]
BATCH14 = ["canlian_2026", "canlian_2025", "fulian_2026"]
BATCH15 = ["hongshizihui_2026", "hongshizihui_2025", "gongxiaoshe_2026"]
BATCH16 = ["minzongju_2026", "minzongju_2025", "kexie_2026"]
BATCH17 = ["renfangban_2026", "renfangban_2025", "guangzhou_hongshizihui_2026"]
BATCH18 = ["danganju_2026", "danganju_2025", "waishiju_2026"]
BATCH19 = ["sifaju_2025", "shuiwu_wushui_2026", "tiyuju_2026"]
BATCH20 = ["shijianju_2025", "gongxinju_2026", "tuanshiwei_2026"]
BATCH21 = ["zhengshuju_2026", "zhengshu_dizuo_2026", "jiguanshiwu_2026", "jiguanshiwu_2025"]
BATCH22 = ["xinfangju_2026", "jinrongju_2026", "jinrongju_2025", "touchuju_2026"]
BATCH23 = ["guoziwei_2026", "dangxiao_2026", "gangwuju_2026", "gangwuju_2025", "gangwu_hangdao_2026"]
BATCH24 = ["wenlian_2026", "qiaolian_2026", "liangchu_2026", "liangchu_2025"]
BATCH25 = ["gongshanglian_2026", "gongjijin_2026", "difangzhi_2026", "difangzhi_2025"]
BATCH26 = ["chengshigengxin_2026", "shuiliju_2026", "shuiliju_2025", "sheke_2026"]
BATCH27 = ["xiangcunzhenxing_2026", "jiaoyizhongxin_2026", "jiaoyizhongxin_2025", "laoganbu_2026"]
BATCH28 = ["yuanlin_2026", "guodongban_2026", "guodongban_2025", "binzang_2026"]
BATCH29 = ["jikong_2026", "jikong_2025", "guidaoju_2026", "gonglu_2026"]
BATCH30 = ["xuezhan_2026", "xuezhan_2025", "jijiu_2026", "tushuguan_2026"]
BATCH31 = ["fuyou_2026", "fuyou_2025", "zhiyuan_2026", "budongchan_2026", "bowuguan_2026"]
BATCH32 = ["shebao_2026", "shebao_2025", "weijiansuo_2026", "jiuzhuzhan_2026", "fulizhongxin_2026"]
BATCH33 = ["zhongcaiyuan_2026", "zhongcaiyuan_2025", "zhaoming_2026", "gongzhengchu_2026", "renminyiyuan_2026"]
BATCH34 = ["zhongyiyuan_2026", "zhongyiyuan_2025", "keyuan_2026", "jiaotongzhifa_2026", "shizhengguanhu_2026"]
BATCH35 = ["wangxinban_2026", "wangxinban_2025", "teshujiaoyu_2026", "dianshitai_2026", "dalingshan_2026"]
BATCH36 = ["zhengfawei_2026", "zhengfawei_2025", "haiyangzhifa_2026", "bayuan_2026", "jishixueyuan_2026"]
BATCH37 = ["bianban_2026", "bianban_2025", "kaida_2026", "songshanhu_2026", "zhijian_2026"]
BATCH39 = ["xiaofang_2026", "xiaofang_2025", "guanzhong_2026", "tuchu_2026", "nongke_2026"]
BATCH38 = ["zhongyuan_2026", "zhongyuan_2025", "jianchayuan_2026", "zhengxie_2026", "ribaoshe_2026"]
BATCH41 = ["jiancezhan_2026", "jiancezhan_2025", "xuanchuanbu_2026", "shuiku_2026", "dongyikong_2026"]
BATCH40 = ["liuyuan_2026", "liuyuan_2025", "shiyanzhongxue_2026", "wenhuaguan_2026", "meishuguan_2026"]
BATCH42 = ["zuzhibu_2026", "zuzhibu_2025", "jiwei_2026", "renda_2026", "sanyuan_2026"]
BATCH43 = ["jiuyezhongxin_2026", "jiuyezhongxin_2025", "yaojiansuo_2026", "nongjian_2026", "shaoniangong_2026"]
BATCH44 = ["rencai_2026", "rencai_2025", "laodongjiancha_2026", "yingjizhifa_2026", "youeryuan_2026"]
NEW = BATCH44

_prefix_city = _shared.city_of


def _city_of(dept: str) -> str:
    for c in ("东莞", "湛江", "广州"):
        if dept.startswith(c) or (dept.startswith(("共青团", "中共", "政协")) and c + "市" in dept):
            return c
    return _prefix_city(dept)


_shared.city_of = _city_of


def load(new: bool = True) -> dict[str, dict]:
    return _shared.load(BATCH5 + BATCH6 + BATCH7 + BATCH8 + BATCH9 + BATCH10 + BATCH11 + BATCH12 + BATCH13 + BATCH14
                        + BATCH15 + BATCH16 + BATCH17 + BATCH18 + BATCH19 + BATCH20 + BATCH21 + BATCH22 + BATCH23 + BATCH24
                        + BATCH25 + BATCH26 + BATCH27 + BATCH28 + BATCH29 + BATCH30 + BATCH31 + BATCH32 + BATCH33
                        + BATCH34 + BATCH35 + BATCH36 + BATCH37 + BATCH39 + BATCH38 + BATCH41 + BATCH40 + BATCH42
                        + BATCH43
                        + (NEW if new else []))


if __name__ == "__main__":
    _shared.report(load())
