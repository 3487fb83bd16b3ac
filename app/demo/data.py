"""The demo shop's static data: people, tea, couriers, bins and addresses.

Kept apart from the loader so the README and the tests can quote the same
facts (users and PINs, courier patterns) that the loader writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.roles import Role


@dataclass(frozen=True)
class DemoUser:
    """One demo login per role; the README lists these so anyone can try a station."""

    username: str
    full_name: str
    role: Role
    pin: str
    badge_code: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("zhuguan", "王主管", Role.SUPERVISOR, "8888", "USR0001"),
    DemoUser("zhidan", "李制单", Role.ORDER_CLERK, "1234", "USR0002"),
    DemoUser("wenyuan", "赵文员", Role.CLERK, "1234", "USR0003"),
    DemoUser("peihuo", "钱配货", Role.PICKER, "1234", "USR0004"),
    DemoUser("yanhuo", "孙验货", Role.VERIFIER_WEIGHER, "1234", "USR0005"),
    DemoUser("dabao", "周打包", Role.PACKER, "1234", "USR0006"),
    DemoUser("zhijian", "吴质检", Role.QC, "1234", "USR0007"),
)
SUPERVISOR_USERNAME = "zhuguan"


def ean13(body: str) -> str:
    """Append the GS1 check digit to 12 digits (weights 1,3 from the left)."""
    if len(body) != 12 or not body.isdigit():
        raise ValueError(f"an EAN-13 body is 12 digits, not {body!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- products


@dataclass(frozen=True)
class ProductSpec:
    """A demo SKU. ``popularity`` weights how often orders pick it."""

    sku_code: str
    name: str
    style_no: str
    colour: str
    size: str
    unit_weight_g: int
    category: str
    price_fen: int
    popularity: int
    kind: str = "goods"

    @property
    def gs1_prefix(self) -> str:
        """The maker's (made-up) GS1 company prefix; 690-699 is China."""
        return _GS1_PREFIXES.get(self.category, "6920586")

    @property
    def internal_barcode(self) -> bool:
        """Own-brand Longjing and packing material also carry our Code 128
        label with the SKU code, printed at receiving (R-REC-2)."""
        return self.category in ("longjing", "packing")


_GS1_PREFIXES = {"longjing": "6971234", "teaware": "6953817", "packing": "6938462"}

# Weights are tea plus packaging: an empty can weighs 85 g (50 g tea), 120 g (100 g),
# 190 g (250 g), 220 g (500 g); a gift box adds its rigid box (about 400-800 g).
# sku | name | colour | size | unit weight g | category | price fen | popularity
_GOODS_TABLE = """
LJ01-050-GN | 西湖龙井 明前特级 50g 青瓷绿罐 | 青瓷绿 | 50g | 135 | longjing | 29800 | 14
LJ01-100-GN | 西湖龙井 明前特级 100g 青瓷绿罐 | 青瓷绿 | 100g | 220 | longjing | 56800 | 20
LJ01-250-GN | 西湖龙井 明前特级 250g 青瓷绿罐 | 青瓷绿 | 250g | 440 | longjing | 128000 | 8
LJ01-050-RD | 西湖龙井 明前特级 50g 中国红罐 | 中国红 | 50g | 135 | longjing | 29800 | 8
LJ01-100-RD | 西湖龙井 明前特级 100g 中国红罐 | 中国红 | 100g | 220 | longjing | 56800 | 12
LJ01-250-RD | 西湖龙井 明前特级 250g 中国红罐 | 中国红 | 250g | 440 | longjing | 128000 | 5
LJ02-050-GN | 西湖龙井 明前一级 50g 青瓷绿罐 | 青瓷绿 | 50g | 135 | longjing | 16800 | 12
LJ02-100-GN | 西湖龙井 明前一级 100g 青瓷绿罐 | 青瓷绿 | 100g | 220 | longjing | 31800 | 18
LJ02-250-GN | 西湖龙井 明前一级 250g 青瓷绿罐 | 青瓷绿 | 250g | 440 | longjing | 72800 | 9
LJ03-050-BM | 西湖龙井 雨前一级 50g 竹青罐 | 竹青 | 50g | 135 | longjing | 6800 | 6
LJ03-100-BM | 西湖龙井 雨前一级 100g 竹青罐 | 竹青 | 100g | 220 | longjing | 12800 | 14
LJ03-250-BM | 西湖龙井 雨前一级 250g 竹青罐 | 竹青 | 250g | 440 | longjing | 28800 | 10
LJ04-250-KR | 西湖龙井 雨前二级 口粮茶 250g 纸罐 | 牛皮纸 | 250g | 440 | longjing | 16800 | 9
LJ04-500-KR | 西湖龙井 雨前二级 口粮茶 500g 纸罐 | 牛皮纸 | 500g | 720 | longjing | 31800 | 6
LJ05-050-BK | 狮峰龙井 明前特级 50g 墨黑罐 | 墨黑 | 50g | 135 | longjing | 45800 | 4
LJ05-100-BK | 狮峰龙井 明前特级 100g 墨黑罐 | 墨黑 | 100g | 220 | longjing | 88800 | 3
LJ06-100-BL | 梅家坞龙井 明前一级 100g 靛蓝罐 | 靛蓝 | 100g | 220 | longjing | 35800 | 5
LJ06-250-BL | 梅家坞龙井 明前一级 250g 靛蓝罐 | 靛蓝 | 250g | 440 | longjing | 83800 | 3
LJ07-040-GN | 西湖龙井 袋泡茶 2g×20 | 青瓷绿 | 40g | 120 | longjing | 5800 | 6
LJ08-030-GN | 西湖龙井 品鉴装 5g×6 | 青瓷绿 | 30g | 80 | longjing | 9800 | 7
LJG1-250-RD | 西湖龙井 明前特级 礼盒 2罐装 | 中国红 | 250g | 1100 | longjing | 139800 | 7
LJG1-250-GN | 西湖龙井 明前特级 礼盒 2罐装 | 青瓷绿 | 250g | 1100 | longjing | 139800 | 4
LJG2-200-RD | 西湖龙井 明前一级 礼盒 2罐装 | 中国红 | 200g | 930 | longjing | 78800 | 6
LJG3-250-BK | 狮峰龙井 典藏礼盒 5小罐 | 墨黑 | 250g | 1250 | longjing | 238800 | 2
LJG4-150-BM | 西湖龙井 雨前 伴手礼盒 3罐装 | 竹青 | 150g | 730 | longjing | 26800 | 5
LJG5-100-WH | 西湖龙井 茶具礼盒 茶+玻璃杯 | 米白 | 100g | 1120 | longjing | 49800 | 3
BLC1-050-JD | 洞庭碧螺春 明前特级 50g罐 | 翠绿 | 50g | 135 | green_tea | 13800 | 4
BLC1-100-JD | 洞庭碧螺春 明前特级 100g罐 | 翠绿 | 100g | 220 | green_tea | 25800 | 3
BLC2-250-JD | 洞庭碧螺春 雨前一级 250g罐 | 翠绿 | 250g | 440 | green_tea | 19800 | 2
AJB1-050-JW | 安吉白茶 明前特级 50g罐 | 玉白 | 50g | 135 | green_tea | 15800 | 4
AJB1-100-JW | 安吉白茶 明前特级 100g罐 | 玉白 | 100g | 220 | green_tea | 29800 | 3
AJB2-250-JW | 安吉白茶 一级 250g罐 | 玉白 | 250g | 440 | green_tea | 39800 | 2
PE01-357-PP | 云南普洱 熟茶饼 357g | 棉纸 | 357g | 390 | puer | 26800 | 3
PE02-357-PP | 云南普洱 生茶饼 357g | 棉纸 | 357g | 390 | puer | 32800 | 2
PE03-250-BR | 普洱 小沱茶 250g罐 | 棕色 | 250g | 420 | puer | 15800 | 2
PE04-714-RD | 普洱 熟茶 礼盒 2饼装 | 中国红 | 714g | 1250 | puer | 69800 | 1
HC01-100-RD | 杭州九曲红梅 100g罐 | 绛红 | 100g | 220 | black_tea | 16800 | 3
HC01-250-RD | 杭州九曲红梅 250g罐 | 绛红 | 250g | 440 | black_tea | 36800 | 2
HC02-100-RD | 祁门红茶 特级 100g罐 | 绛红 | 100g | 220 | black_tea | 19800 | 2
HC03-250-BR | 武夷正山小种 250g罐 | 棕色 | 250g | 440 | black_tea | 25800 | 2
HC04-050-GD | 武夷金骏眉 50g罐 | 金色 | 50g | 135 | black_tea | 39800 | 2
TW01-350-CL | 双层玻璃泡茶杯 | 透明 | 350ml | 320 | teaware | 6800 | 3
TW02-150-CE | 龙泉青瓷盖碗 | 青瓷 | 150ml | 360 | teaware | 12800 | 2
TW02-150-WP | 德化白瓷盖碗 | 白瓷 | 150ml | 340 | teaware | 9800 | 2
TW04-250-CL | 玻璃公道杯 | 透明 | 250ml | 180 | teaware | 3800 | 2
TW05-400-BB | 竹制储水茶盘 | 原竹 | 40cm | 1650 | teaware | 15800 | 1
TW06-100-TN | 锡制茶叶罐 | 锡色 | 100g | 260 | teaware | 18800 | 1
TW07-SET-WH | 便携旅行茶具 一壶两杯 | 米白 | 套 | 680 | teaware | 12800 | 1
TW08-SET-BB | 茶道六君子 | 原竹 | 套 | 420 | teaware | 5800 | 1
TW09-120-CL | 耐热玻璃煮水壶 1.2L | 透明 | 1.2L | 1200 | teaware | 16800 | 1
"""

# Packing material (包材), counted as it is used (R-PAK-2); weights feed R-WEI-3.
# sku | name | size | unit weight g | cost fen | stock per delivery
_PACKING_TABLE = """
PK-CTN-1 | 1号纸箱 三层 | 530×290×370mm | 520 | 320 | 100
PK-CTN-2 | 2号纸箱 三层 | 530×230×290mm | 400 | 250 | 200
PK-CTN-3 | 3号纸箱 三层 | 430×210×270mm | 300 | 180 | 400
PK-CTN-4 | 4号纸箱 三层 | 350×190×230mm | 220 | 120 | 600
PK-CTN-5 | 5号纸箱 三层 | 290×170×190mm | 160 | 80 | 900
PK-BUB-1 | 气泡膜 (每段) | 50×30cm | 12 | 10 | 2000
PK-TAPE-1 | 封箱胶带 (每卷) | 48mm×100m | 220 | 450 | 60
PK-BAG-1 | 礼品手提袋 | 32×25×11cm | 95 | 150 | 300
"""


def _rows(table: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("|")] for line in table.strip().splitlines()]


GOODS: tuple[ProductSpec, ...] = tuple(
    ProductSpec(sku, name, sku.split("-")[0], colour, size, int(g), cat, int(fen), int(pop))
    for sku, name, colour, size, g, cat, fen, pop in _rows(_GOODS_TABLE)
)
PACKING: tuple[ProductSpec, ...] = tuple(
    ProductSpec(
        sku,
        name,
        sku.rsplit("-", 1)[0],
        "",
        size,
        int(g),
        "packing",
        int(fen),
        0,
        kind="packing_material",
    )
    for sku, name, size, g, fen, _ in _rows(_PACKING_TABLE)
)
# Quantity of each packing material per delivery (two deliveries are loaded).
PACKING_STOCK: dict[str, int] = {row[0]: int(row[5]) for row in _rows(_PACKING_TABLE)}

# ---------------------------------------------------------------- couriers


@dataclass(frozen=True)
class CourierSpec:
    """A courier with its waybill patterns (DEVICES.md: kept in data, editable).

    Patterns are anchored and mutually exclusive, so a scanned number names
    exactly one courier. ``share`` is the percentage of demo orders it carries.
    """

    code: str
    name: str
    patterns: tuple[str, ...]
    sort_zone: str  # where the parcel goes after weighing (R-WEI-2)
    priority: int  # higher first; SF prints first in the fifth batch (R-BAT-2)
    hotline: str
    share: int


COURIERS: tuple[CourierSpec, ...] = (
    CourierSpec("SF", "顺丰速运", (r"^SF\d{13}$",), "1号区 顺丰", 100, "95338", 20),
    CourierSpec("JD", "京东物流", (r"^JD[VX][A-F]\d{11}$",), "2号区 京东", 80, "950616", 8),
    CourierSpec(
        "EMS", "中国邮政 EMS", (r"^1\d{12}$", r"^E[A-Z]\d{9}CN$"), "3号区 邮政", 60, "11183", 7
    ),
    CourierSpec("ZTO", "中通快递", (r"^7[3568]\d{12}$",), "4号区 中通", 40, "95311", 22),
    CourierSpec("YTO", "圆通速递", (r"^YT\d{13}$",), "5号区 圆通", 40, "95554", 18),
    CourierSpec(
        "YD", "韵达快递", (r"^4[36]\d{11}$", r"^4[36]\d{13}$"), "6号区 韵达", 40, "95546", 13
    ),
    CourierSpec("STO", "申通快递", (r"^77\d{11}$",), "7号区 申通", 40, "95543", 12),
)

# ---------------------------------------------------------------- shops

# (shop name, platform): the platform decides the order-number format.
SHOPS: tuple[tuple[str, str, int], ...] = (
    ("龙井旗舰店", "tmall", 50),
    ("西湖茶庄", "taobao", 30),
    ("杭州茶礼专营店", "pinduoduo", 20),
)

# ---------------------------------------------------------------- people

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
    "于杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段"
    "雷黎史陶贺毛郝顾龚邵万钱戴严"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
GIVEN_NAME_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力丹婷宇浩鑫凯俊峰雪"
    "琳晨欣怡子轩梓涵一诺佳琪思远雨泽欣然嘉怡晓燕海燕志强国庆建华淑珍丽娟春梅秋月"
)
# A few buyers give only a surname and a title.
TITLES = ("先生", "女士")
# Mobile number prefixes (号段) of the three carriers; never 174 (satellite).
# fmt: off
MOBILE_PREFIXES: tuple[int, ...] = (
    *range(130, 140), *range(150, 154), *range(155, 160), 166, 173, *range(175, 179),
    *range(180, 190), 191, 198, 199,
)
# fmt: on

# (province, city, district, streets, weight): weighted to the shop's east-China buyers.
ADDRESSES: tuple[tuple[str, str, str, tuple[str, ...], int], ...] = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "天目山路", "古墩路", "龙井路"), 10),
    ("浙江省", "杭州市", "拱墅区", ("莫干山路", "湖墅南路", "上塘路"), 6),
    ("浙江省", "杭州市", "滨江区", ("江南大道", "滨盛路", "长河路"), 5),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "四明中路", "首南西路"), 4),
    ("浙江省", "温州市", "鹿城区", ("人民中路", "车站大道", "学院中路"), 3),
    ("浙江省", "绍兴市", "越城区", ("解放北路", "中兴中路"), 2),
    ("上海市", "上海市", "浦东新区", ("张杨路", "世纪大道", "锦绣路", "川沙路"), 9),
    ("上海市", "上海市", "徐汇区", ("漕溪北路", "天钥桥路", "田林路"), 6),
    ("上海市", "上海市", "闵行区", ("虹井路", "莘松路", "七莘路"), 4),
    ("江苏省", "苏州市", "姑苏区", ("干将西路", "人民路", "三香路"), 4),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "广州路", "北京西路"), 4),
    ("江苏省", "无锡市", "梁溪区", ("中山路", "解放南路"), 2),
    ("北京市", "北京市", "朝阳区", ("建国路", "望京西路", "朝阳北路", "工体北路"), 7),
    ("北京市", "北京市", "海淀区", ("中关村大街", "学院路", "北三环西路"), 5),
    ("广东省", "广州市", "天河区", ("天河路", "体育西路", "黄埔大道西"), 4),
    ("广东省", "深圳市", "南山区", ("科技园南路", "南海大道", "后海大道"), 4),
    ("广东省", "深圳市", "福田区", ("深南大道", "福华路", "彩田路"), 3),
    ("福建省", "福州市", "鼓楼区", ("五四路", "杨桥中路"), 2),
    ("安徽省", "合肥市", "蜀山区", ("长江西路", "潜山路"), 2),
    ("山东省", "济南市", "历下区", ("泉城路", "经十路"), 2),
    ("湖北省", "武汉市", "武昌区", ("中北路", "武珞路", "徐东大街"), 2),
    ("四川省", "成都市", "武侯区", ("人民南路四段", "科华北路", "玉林南路"), 2),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林一路"), 1),
    ("天津市", "天津市", "和平区", ("南京路", "滨江道"), 1),
    ("河南省", "郑州市", "金水区", ("花园路", "纬五路"), 1),
    ("陕西省", "西安市", "雁塔区", ("长安南路", "小寨东路"), 1),
)
COMMUNITIES = (
    "阳光花园",
    "翠苑一区",
    "锦绣华庭",
    "世纪新城",
    "金色家园",
    "绿城桂花园",
    "和平小区",
    "春晓苑",
    "滨江花园",
    "香樟公寓",
    "东方明珠苑",
    "紫荆花园",
    "碧水湾",
    "书香门第",
)
OFFICE_BUILDINGS = ("国际大厦", "科技园", "创意园", "金融中心", "商务楼", "写字楼")

# ---------------------------------------------------------------- messages

# Remarks and messages that ask for a change: R-ORD-2 sets these orders aside.
# (kind, customer-service remark 客服备注, buyer message 客人留言)
CHANGE_REQUESTS: tuple[tuple[str, str, str], ...] = (
    ("address", "客人要求改地址，新地址见旺旺聊天记录", "地址写错了，麻烦改成公司地址，谢谢"),
    ("courier", "客人要求换顺丰，差价已补", "能发顺丰吗？运费差价我补"),
    ("split", "分开发货：每件单独一个包裹", "两样东西麻烦分开发货，送不同的人"),
    ("hold", "暂停发货，等客人通知", "先别发货，过两天我确认了再发"),
    ("invoice", "要发票：抬头 杭州云栖科技有限公司", "需要开发票，抬头稍后发给客服"),
)
HARMLESS_MESSAGES = (
    "请尽快发货，谢谢！",
    "送长辈的，包装好一点",
    "麻烦包装结实些",
    "一直在你家买，老味道",
    "谢谢老板",
    "周末家里有人",
    "希望是今年的新茶",
)
HARMLESS_REMARKS = ("老客户", "VIP 客户", "已核对付款", "直播间下单")
