<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="50"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="51"/>
        <source>Something went wrong: %1
The details are in the log file.</source>
        <translation>出错了：%1
详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>BulkPrint</name>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="112"/>
        <source>SKU labels: every SKU of a style number</source>
        <translation>SKU 标签：某款号的全部 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="113"/>
        <source>Bin labels: every bin of a zone</source>
        <translation>库位标签：某区域的全部库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="115"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="116"/>
        <source>Style no. / zone</source>
        <translation>款号 / 区域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="117"/>
        <source>Or codes, one per line</source>
        <translation>或粘贴编码（每行一个）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="118"/>
        <source>Copies of each</source>
        <translation>每张份数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="122"/>
        <source>e.g. LJ01 or A1</source>
        <translation>例如 LJ01 或 A1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="123"/>
        <source>Print all</source>
        <translation>全部打印</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="124"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="144"/>
        <source>No labels to print: enter a style number or zone, or paste codes.</source>
        <translation>没有要打印的标签：请输入款号或区域，或粘贴编码。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="188"/>
        <source>%1 of %2 labels queued.</source>
        <translation>已加入打印队列 %1/%2 张标签。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="190"/>
        <source>Stopped: %1 of %2 labels queued.</source>
        <translation>已停止：已加入打印队列 %1/%2 张标签。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="195"/>
        <source>%1 not printed:</source>
        <translation>%1 张未打印：</translation>
    </message>
</context>
<context>
    <name>CodeKind</name>
    <message>
        <location filename="../../ui/screens/devices.py" line="44"/>
        <source>waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="45"/>
        <source>product barcode</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="46"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="47"/>
        <source>bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="48"/>
        <source>user badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="49"/>
        <source>command</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="50"/>
        <source>not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="54"/>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="55"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="56"/>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="57"/>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="60"/>
        <source>empty</source>
        <translation>空条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="61"/>
        <source>matches more than one kind</source>
        <translation>可匹配多种类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="62"/>
        <source>matches no known format</source>
        <translation>不符合任何已知格式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="63"/>
        <source>wrong check digit</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="64"/>
        <source>no such product</source>
        <translation>无此商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="65"/>
        <source>damaged GS1 data</source>
        <translation>GS1 数据损坏</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="66"/>
        <source>GS1 code without a GTIN</source>
        <translation>GS1 条码缺少 GTIN</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../ui/screens/devices.py" line="162"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="163"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="165"/>
        <source>Scanner test</source>
        <translation>扫描枪测试</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="168"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="168"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="168"/>
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="168"/>
        <source>Framing</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="174"/>
        <source>Scan here (or anywhere)</source>
        <translation>在此扫描（或任意位置）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="174"/>
        <source>Last code</source>
        <translation>上次条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="174"/>
        <source>Taken as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="178"/>
        <source>Refresh ports</source>
        <translation>刷新端口</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="179"/>
        <source>Apply and reconnect</source>
        <translation>应用并重新连接</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="180"/>
        <location filename="../../ui/screens/devices.py" line="202"/>
        <source>Simulated scale (sim://)</source>
        <translation>模拟秤（sim://）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="239"/>
        <source>Saved; connecting to %1</source>
        <translation>已保存，正在连接 %1</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Wrong user name or PIN. %1 attempt(s) left before the account locks.</source>
        <translation>用户名或 PIN 错误。再错 %1 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Wrong user name or PIN, or unknown badge.</source>
        <translation>用户名或 PIN 错误，或工牌无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>This account is locked until %1 after too many wrong PINs. A supervisor can unlock it.</source>
        <translation>PIN 错误次数过多，账号已锁定至 %1。可请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Your role does not allow this.</source>
        <translation>您的岗位无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>That badge belongs to another user.</source>
        <translation>该工牌已属于其他用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>A printer named %1 already exists at this station.</source>
        <translation>本工作站已有名为 %1 的打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>User %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 须为 4 至 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>User name and full name are required.</source>
        <translation>用户名和姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>A reprint (补打) needs a reason: type why it is printed again.</source>
        <translation>补打需要填写原因：请写明为什么再次打印。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Copies must be 1 to 999.</source>
        <translation>份数必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Printing needs a station.</source>
        <translation>打印需要在工作站上进行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>That printer is switched off.</source>
        <translation>该打印机已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Invalid input.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>No order or waybill %1.</source>
        <translation>找不到订单或运单 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>No product with SKU or barcode %1.</source>
        <translation>找不到 SKU 或条码为 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>No bin %1.</source>
        <translation>找不到库位 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>That print job is not at this station.</source>
        <translation>本工作站没有这个打印任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>That printer is not at this station.</source>
        <translation>本工作站没有这台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>This label is already in the print queue (%1); it prints once.</source>
        <translation>这张标签已在打印队列中（%1），只会打印一次。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>This label was printed already (%1). To print it again, reprint (补打) the job selected in the queue and give a reason.</source>
        <translation>这张标签已打印过（%1）。如需再打，请对队列中选中的任务补打，并填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>No printer is set for %1 at this station. A supervisor sets one under printers.</source>
        <translation>本工作站没有为%1设置打印机。请主管在打印机设置中指定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>Only a printed job can be reprinted; this one is %1. Retry it instead.</source>
        <translation>只有已打印的任务才能补打；这个任务是“%1”。请改用重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="134"/>
        <source>This job is %1: only a failed or waiting job can be retried.</source>
        <translation>这个任务是“%1”：只有失败或等待中的任务才能重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>This job is %1: only a failed or waiting job can be cancelled.</source>
        <translation>这个任务是“%1”：只有失败或等待中的任务才能取消。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>Order %1 is not paid yet: it cannot be printed or shipped until the payment is confirmed (R-ORD-1).</source>
        <translation>订单 %1 尚未付款：确认付款之前不能打印或发货（R-ORD-1）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="151"/>
        <source>A printer needs a name.</source>
        <translation>打印机需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>A printer needs an address (see the hint under the field).</source>
        <translation>打印机需要地址（见输入框下方的提示）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>Unknown printer connection.</source>
        <translation>未知的打印机连接方式。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Unknown printer language.</source>
        <translation>未知的打印机语言。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The dpi must be 100 to 1200.</source>
        <translation>分辨率须在 100 到 1200 dpi 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>Unknown label kind.</source>
        <translation>未知的标签类型。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>The database was written by a newer version of Warehouse Station (schema %1). Update this program; the database was not changed.</source>
        <translation>数据库由更新版本的仓库工作站写入（结构版本 %1）。请升级本程序；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The database cannot be reached or is busy. Try again; nothing was saved.</source>
        <translation>数据库无法连接或正忙。请重试；本次操作未保存。</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/widgets/label_preview.py" line="99"/>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_preview.py" line="100"/>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_preview.py" line="142"/>
        <source>%1 × %2 mm · page %3 of %4 · shown at true size (%5 dpi)</source>
        <translation>%1 × %2 mm · 第 %3/%4 页 · 按实际尺寸显示（%5 dpi）</translation>
    </message>
</context>
<context>
    <name>LabelsScreen</name>
    <message>
        <location filename="../../ui/screens/labels.py" line="107"/>
        <source>Order, waybill, SKU or bin</source>
        <translation>订单、运单、SKU 或库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="108"/>
        <source>Scan or type, then Enter</source>
        <translation>扫描或输入，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="109"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="110"/>
        <source>Print (Enter / %1)</source>
        <translation>打印（回车 / %1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="111"/>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="112"/>
        <source>Printers and test pages</source>
        <translation>打印机与测试页</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="113"/>
        <source>Bulk SKU and bin labels</source>
        <translation>批量 SKU / 库位标签</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="192"/>
        <location filename="../../ui/screens/labels.py" line="222"/>
        <source>This label cannot be drawn: %1</source>
        <translation>无法生成这张标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="204"/>
        <source>Scan or type what the label is for first.</source>
        <translation>请先扫描或输入要打印的单号、SKU 或库位。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="227"/>
        <source>%1 %2 queued on printer %3</source>
        <translation>%1 %2 已加入打印队列（打印机：%3）</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/screens/login.py" line="74"/>
        <source>Warehouse Station</source>
        <translation>仓库工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="75"/>
        <source>Scan your badge, or enter your user name and PIN</source>
        <translation>请扫描工牌，或输入用户名和 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="76"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="77"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="78"/>
        <source>Log in (Enter)</source>
        <translation>登录（回车）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Warehouse Station - %1</source>
        <translation>仓库工作站 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Scanned %1: this screen takes no scans</source>
        <translation>已扫描 %1：本页面不处理扫描</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="36"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="41"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="45"/>
        <source>Labels</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="50"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="54"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="60"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Audited</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Batched</source>
        <translation>已分波次</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Verified</source>
        <translation>已验货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Weighed</source>
        <translation>已称重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../ui/screens/orders.py" line="51"/>
        <location filename="../../ui/screens/orders.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="52"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="57"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="58"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="59"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="60"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="61"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="62"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="64"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ui/screens/overview.py" line="41"/>
        <source>Hello, %1 (%2)</source>
        <translation>您好，%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="43"/>
        <source>Orders by state</source>
        <translation>各状态订单数</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="96"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="97"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="98"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="99"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="100"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="101"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="102"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="103"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="106"/>
        <source>Retry selected job</source>
        <translation>重试选中任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="107"/>
        <source>Cancel selected job</source>
        <translation>取消选中任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="108"/>
        <source>Reprint (补打) reason</source>
        <translation>补打原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="109"/>
        <source>e.g. label torn, printer jammed</source>
        <translation>例如：面单撕坏、打印机卡纸</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="110"/>
        <source>Reprint selected job</source>
        <translation>补打选中任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="137"/>
        <source>Reprint: %1</source>
        <translation>补打：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="159"/>
        <source>Test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="177"/>
        <source>Select a job in the queue first.</source>
        <translation>请先在队列中选中一个任务。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="189"/>
        <source>Sending again on %1</source>
        <translation>正在重新发送到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="200"/>
        <source>Job cancelled; it will not print.</source>
        <translation>任务已取消，不会打印。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_queue.py" line="216"/>
        <source>Reprint queued on %1</source>
        <translation>补打已加入打印队列（打印机：%1）</translation>
    </message>
</context>
<context>
    <name>PrinterError</name>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>Connection refused: the printer is off or the port is wrong.</source>
        <translation>拒绝连接：打印机未开机，或端口不对。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>Cannot reach the printer: nothing answers at that address (check the network, cable or port).</source>
        <translation>无法连接打印机：该地址没有回应（请检查网络、线缆或端口）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>The address cannot be used: unknown host, or not in the form host:port.</source>
        <translation>地址无效：找不到该主机，或格式不是“主机:端口”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>No response: the printer did not answer in time (some printers go silent in an error state).</source>
        <translation>无响应：打印机没有按时回答（有些打印机出错时不作回应）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>The printer dropped the connection.</source>
        <translation>打印机断开了连接。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>The printer or the spooler refused the job.</source>
        <translation>打印机或打印服务拒绝了该任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="187"/>
        <source>The folder cannot be written.</source>
        <translation>无法写入该文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>This printer does not support status queries (only ZPL and TSPL printers on the network or a serial port answer).</source>
        <translation>此打印机不支持状态查询（只有网络或串口连接的 ZPL、TSPL 打印机能回答）。</translation>
    </message>
</context>
<context>
    <name>PrinterKind</name>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="18"/>
        <source>Folder (files)</source>
        <translation>文件夹（文件）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="19"/>
        <source>Network (TCP 9100)</source>
        <translation>网络（TCP 9100）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="20"/>
        <source>Serial / USB port</source>
        <translation>串口 / USB 口</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="21"/>
        <source>CUPS queue</source>
        <translation>CUPS 队列</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="22"/>
        <source>System printer (driver)</source>
        <translation>系统打印机（驱动）</translation>
    </message>
</context>
<context>
    <name>PrinterList</name>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="57"/>
        <source>Default for</source>
        <translation>默认用于</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="73"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PrinterSetup</name>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="134"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="134"/>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="134"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="135"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="135"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="140"/>
        <source>Switched on (takes jobs)</source>
        <translation>启用（接收打印任务）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="141"/>
        <source>New printer</source>
        <translation>新建打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="142"/>
        <source>Save printer</source>
        <translation>保存打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="143"/>
        <source>Check status</source>
        <translation>查询状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="144"/>
        <source>Default printer per label kind (saved at once)</source>
        <translation>各类标签的默认打印机（选择后立即保存）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="167"/>
        <source>(none)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="177"/>
        <source>A folder: each job is written there as a file.</source>
        <translation>文件夹：每个任务作为一个文件写入其中。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="178"/>
        <source>IP address and port of a network printer (raw, usually 9100).</source>
        <translation>网络打印机的 IP 地址和端口（原始打印，通常为 9100）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="179"/>
        <source>Serial or USB port, optionally with the baud after a comma.</source>
        <translation>串口或 USB 口，可在逗号后写波特率。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="180"/>
        <source>The CUPS queue name (lpstat -p lists them).</source>
        <translation>CUPS 队列名称（lpstat -p 可列出）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="181"/>
        <source>The printer&apos;s name in the system.</source>
        <translation>系统中的打印机名称。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="239"/>
        <source>Printer %1 saved.</source>
        <translation>打印机 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="251"/>
        <source>%1 now prints on %2.</source>
        <translation>%1 现在打印在 %2 上。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="258"/>
        <source>Select a printer first.</source>
        <translation>请先选中一台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="262"/>
        <source>Asking %1 …</source>
        <translation>正在询问 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="267"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="273"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="276"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>print head open</source>
        <translation>打印头打开</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>cover open</source>
        <translation>盖子打开</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>ribbon out</source>
        <translation>缺碳带</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="203"/>
        <source>buffer full</source>
        <translation>缓存已满</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="204"/>
        <source>overheated</source>
        <translation>过热</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>too cold</source>
        <translation>温度过低</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="206"/>
        <source>memory error</source>
        <translation>内存错误</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>E-waybill</source>
        <translation>电子面单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Delivery note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>SKU label</source>
        <translation>SKU 标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Bin label</source>
        <translation>库位标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Inbound order</source>
        <translation>入库单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Supervisor</source>
        <translation>仓库主管</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Order clerk</source>
        <translation>制单专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Clerk</source>
        <translation>仓库文员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Picker</source>
        <translation>配货员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Verifier / weigher</source>
        <translation>验货称重专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Packer</source>
        <translation>打包专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>QC inspector</source>
        <translation>质检员</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>moving</source>
        <translation>晃动中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>underload</source>
        <translation>欠载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>negative</source>
        <translation>负值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>empty</source>
        <translation>空秤</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>waiting for data</source>
        <translation>等待数据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>disconnected</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="45"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="46"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="47"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="48"/>
        <source>Config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="49"/>
        <source>Log folder</source>
        <translation>日志目录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="50"/>
        <source>Print folder</source>
        <translation>打印输出目录</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="104"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="108"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="110"/>
        <source>Station: %1</source>
        <translation>工作站：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="112"/>
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="113"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="114"/>
        <source>UNREACHABLE</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="116"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="58"/>
        <source>Scale: %1</source>
        <translation>电子秤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="71"/>
        <source>Scanner: %1</source>
        <translation>扫描枪：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="87"/>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="89"/>
        <source>%1 waiting</source>
        <translation>排队 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="92"/>
        <source>%1 FAILED</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="93"/>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="129"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="131"/>
        <source>PDF folder</source>
        <translation>PDF 目录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="134"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="135"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="136"/>
        <source>error</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>TestPages</name>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="93"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="94"/>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="95"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="96"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="100"/>
        <source>Print test page on the selected printer</source>
        <translation>在选中的打印机上打印测试页</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="118"/>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="118"/>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="130"/>
        <source>Select a printer first.</source>
        <translation>请先选中一台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="139"/>
        <source>The test page cannot be drawn: %1</source>
        <translation>无法生成测试页：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="144"/>
        <source>Test page queued on %1</source>
        <translation>测试页已加入打印队列（打印机：%1）</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../ui/screens/users.py" line="83"/>
        <location filename="../../ui/screens/users.py" line="93"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="84"/>
        <location filename="../../ui/screens/users.py" line="94"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="85"/>
        <location filename="../../ui/screens/users.py" line="97"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="86"/>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="87"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="95"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="96"/>
        <source>Badge (optional)</source>
        <translation>工牌（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="104"/>
        <source>Unlock selected user</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="105"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="120"/>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="128"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="131"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="132"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="153"/>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="159"/>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="167"/>
        <source>User %1 unlocked.</source>
        <translation>已解锁用户 %1。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Log out (F12)</source>
        <translation>退出登录（F12）</translation>
    </message>
</context>
</TS>
