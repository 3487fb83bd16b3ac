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
    <name>AuditRule</name>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="32"/>
        <source>Change address</source>
        <translation>改地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="33"/>
        <source>Change courier</source>
        <translation>换快递</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="34"/>
        <source>Split shipment</source>
        <translation>分开发货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="35"/>
        <source>Hold shipment</source>
        <translation>暂停发货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="36"/>
        <source>Invoice</source>
        <translation>开发票</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="32"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AuditRulesPanel</name>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="87"/>
        <source>Orders per pass (1 to %1)</source>
        <translation>每次审单单数（1 至 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="89"/>
        <source>Cut-off (HH:MM): paid later ships tomorrow</source>
        <translation>截单时间（时:分）：之后付款的订单次日发货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="91"/>
        <source>%1 keywords</source>
        <translation>%1关键词</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="93"/>
        <source>A paid order is held when its CS remark or buyer message has one of these words.</source>
        <translation>已付款订单的客服备注或客人留言含有以下任一词语时，订单将被挂起待人工处理。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="95"/>
        <source>Separate words with 、 , or spaces; an empty list holds nothing.</source>
        <translation>词语之间用 、 , 或空格分隔；留空则此规则不挂起任何订单。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="97"/>
        <source>Save rules (Enter)</source>
        <translation>保存规则（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="138"/>
        <source>Orders per pass must be a whole number from 1 to %1. Nothing was saved.</source>
        <translation>每次审单单数须为 1 至 %1 的整数。未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_rules_panel.py" line="142"/>
        <source>The cut-off must be a time written HH:MM, e.g. 17:00. Nothing was saved.</source>
        <translation>截单时间须写成 时:分，例如 17:00。未保存任何更改。</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="161"/>
        <source>Run audit pass (Enter / %1)</source>
        <translation>审单（回车 / %1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="163"/>
        <source>Audit rules</source>
        <translation>审单规则</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="190"/>
        <source>Held orders (%1)</source>
        <translation>挂起订单（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="195"/>
        <source>%1 paid orders wait for audit; %2 paid after the %3 cut-off ship tomorrow.</source>
        <translation>%1 单已付款订单待审；其中 %2 单在 %3 截单后付款，明天发货。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="199"/>
        <source>One pass takes up to %1 orders.</source>
        <translation>每次审单最多 %1 单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="223"/>
        <source>Order %1 is not among the held orders.</source>
        <translation>订单 %1 不在挂起订单中。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="228"/>
        <source>Order %1 held: %2</source>
        <translation>订单 %1 已挂起：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="243"/>
        <source>Auditing…</source>
        <translation>正在审单…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="274"/>
        <source>The audit pass failed: %1</source>
        <translation>审单失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="286"/>
        <source>No paid orders wait for audit.</source>
        <translation>没有待审的已付款订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="288"/>
        <source>Audited %1 orders: %2 passed, %3 held.</source>
        <translation>已审 %1 单：通过 %2 单，挂起 %3 单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="298"/>
        <source>Held for: %1.</source>
        <translation>挂起原因：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="302"/>
        <source>%1 ship tomorrow (paid after the %2 cut-off).</source>
        <translation>%1 单明天发货（%2 截单后付款）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="308"/>
        <source>%1 paid orders still wait: run another pass.</source>
        <translation>还有 %1 单已付款订单待审：请再审一次。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="322"/>
        <source>Select a held order first (arrow keys in the list, or scan its number).</source>
        <translation>请先选择一个挂起订单（在列表中用方向键选择，或扫描订单号）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="329"/>
        <source>Type how the hold on %1 was resolved: a release needs a note.</source>
        <translation>请填写订单 %1 的处理说明：放行必须填写说明。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="348"/>
        <source>Order %1 is no longer held (%2).</source>
        <translation>订单 %1 已不是挂起状态（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="363"/>
        <source>Order %1 released: audited, ships on %2.</source>
        <translation>订单 %1 已放行：审核通过，%2 发货。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="387"/>
        <source>The rules could not be saved: %1</source>
        <translation>规则无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="395"/>
        <source>Audit rules saved: the next pass uses them.</source>
        <translation>审单规则已保存：下次审单起生效。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="397"/>
        <source>The audit rules are unchanged.</source>
        <translation>审单规则没有变化。</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Single-item</source>
        <translation>一单一品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Multi-item</source>
        <translation>一单多品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Pre-packed</source>
        <translation>预包装</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Open</source>
        <translation>未拣货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Sorted</source>
        <translation>已分拣</translation>
    </message>
</context>
<context>
    <name>BatchDetail</name>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="49"/>
        <source>Print waybills and delivery notes (%1)</source>
        <translation>打印快递单和发货单（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="58"/>
        <source>Picked %1 of %2 units</source>
        <translation>已拣 %1 / %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="63"/>
        <source>sorted %1 of %2</source>
        <translation>已分拣 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="66"/>
        <source>waybills and delivery notes: %1</source>
        <translation>快递单和发货单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="71"/>
        <source>not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="85"/>
        <source>Choose a batch on the left, or scan its number.</source>
        <translation>在左侧选择批次，或扫描批次号。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="89"/>
        <source>%1 · cut-off %2 · %3 · %4 orders · %5</source>
        <translation>%1 · 截单 %2 · %3 · %4 单 · %5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_detail.py" line="100"/>
        <source>%1 first</source>
        <translation>%1 优先</translation>
    </message>
</context>
<context>
    <name>BatchOrdersTable</name>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="49"/>
        <source>Slot</source>
        <translation>格口</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="50"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="51"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="52"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="53"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="54"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>BatchTree</name>
    <message>
        <location filename="../../ui/widgets/batch_tree.py" line="38"/>
        <source>Cut-off / batch</source>
        <translation>截单时间 / 批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_tree.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_tree.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_tree.py" line="41"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_tree.py" line="42"/>
        <source>Orders by state</source>
        <translation>各状态订单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/batch_tree.py" line="61"/>
        <source>%1 batches</source>
        <translation>%1 个批次</translation>
    </message>
</context>
<context>
    <name>BatchesScreen</name>
    <message>
        <location filename="../../ui/screens/batches.py" line="140"/>
        <source>Cut-off</source>
        <translation>截单时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="141"/>
        <source>Cut next batch (Enter / %1)</source>
        <translation>生成下一批次（回车 / %1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="144"/>
        <source>Pick list</source>
        <translation>汇总单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="145"/>
        <source>Pre-packed SKUs</source>
        <translation>预包装 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="190"/>
        <source>%1 first</source>
        <translation>%1 优先</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="194"/>
        <source>Ship date %1 · now %2 · next cut-off %3</source>
        <translation>发货日期 %1 · 现在 %2 · 下一截单 %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="237"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="243"/>
        <source>Held (%1)</source>
        <translation>挂起（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="287"/>
        <source>No audited orders wait for a batch.</source>
        <translation>没有待生成批次的已审订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="288"/>
        <source>Cut-off %1: %2 batches, %3 orders (%4).</source>
        <translation>截单 %1：%2 个批次，%3 单（%4）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="298"/>
        <source>%1 held: see Held.</source>
        <translation>%1 单挂起：见“挂起”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="309"/>
        <source>Choose a batch first.</source>
        <translation>请先选择批次。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="313"/>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="330"/>
        <source>%1 documents queued, %2 printed before and skipped.</source>
        <translation>已加入打印队列 %1 张，%2 张此前已打印，已跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="342"/>
        <source>%1 not printed:</source>
        <translation>%1 张未打印：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="355"/>
        <source>A waybill or delivery note cannot be drawn (has every order its waybill number?): %1</source>
        <translation>快递单或发货单无法生成（每个订单都有运单号吗？）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="363"/>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/batches.py" line="399"/>
        <source>Scan a batch number here; to mark a pre-packed SKU, open Pre-packed SKUs first.</source>
        <translation>此处请扫描批次号；要标记预包装 SKU，请先打开“预包装 SKU”。</translation>
    </message>
</context>
<context>
    <name>BulkPrint</name>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="96"/>
        <source>SKU labels: every SKU of a style number</source>
        <translation>SKU 标签：某款号的全部 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="97"/>
        <source>Bin labels: every bin of a zone</source>
        <translation>库位标签：某区域的全部库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="99"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="100"/>
        <source>Style no. / zone</source>
        <translation>款号 / 区域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="101"/>
        <source>Or codes, one per line</source>
        <translation>或粘贴编码（每行一个）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="102"/>
        <source>Copies of each</source>
        <translation>每张份数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="106"/>
        <source>e.g. LJ01 or A1</source>
        <translation>例如 LJ01 或 A1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="107"/>
        <source>Print all</source>
        <translation>全部打印</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="108"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="128"/>
        <source>No labels to print: enter a style number or zone, or paste codes.</source>
        <translation>没有要打印的标签：请输入款号或区域，或粘贴编码。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="172"/>
        <source>%1 of %2 labels queued.</source>
        <translation>已加入打印队列 %1/%2 张标签。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="174"/>
        <source>Stopped: %1 of %2 labels queued.</source>
        <translation>已停止：已加入打印队列 %1/%2 张标签。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bulk_print.py" line="179"/>
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
        <location filename="../../ui/errors.py" line="20"/>
        <source>Wrong user name or PIN. %1 attempt(s) left before the account locks.</source>
        <translation>用户名或 PIN 错误。再错 %1 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Wrong user name or PIN, or unknown badge.</source>
        <translation>用户名或 PIN 错误，或工牌无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>This account is locked until %1 after too many wrong PINs. A supervisor can unlock it.</source>
        <translation>PIN 错误次数过多，账号已锁定至 %1。可请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>Your role does not allow this.</source>
        <translation>您的岗位无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>That badge belongs to another user.</source>
        <translation>该工牌已属于其他用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>A printer named %1 already exists at this station.</source>
        <translation>本工作站已有名为 %1 的打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>User %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 须为 4 至 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>User name and full name are required.</source>
        <translation>用户名和姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>A reprint (补打) needs a reason: type why it is printed again.</source>
        <translation>补打需要填写原因：请写明为什么再次打印。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Copies must be 1 to 999.</source>
        <translation>份数必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Printing needs a station.</source>
        <translation>打印需要在工作站上进行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>That printer is switched off.</source>
        <translation>该打印机已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>Invalid input.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Order %1 has no waybill number yet: get it from the courier (import it again with the waybill column) before printing the e-waybill.</source>
        <translation>订单 %1 还没有快递单号：请先从快递公司取号（带快递单号列重新导入），再打印电子面单。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>This step needs the shared server (auditing, cutting batches, stock hand-overs), and it cannot be reached now. Nothing was changed. Verifying, packing, weighing and printing go on offline.</source>
        <translation>这一步需要连接共享服务器（审单、生成批次、库存交接），现在连不上服务器。什么都没有改。验货、打包、称重和打印可以继续离线进行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>No order or waybill %1.</source>
        <translation>找不到订单或运单 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>No product with SKU or barcode %1.</source>
        <translation>找不到 SKU 或条码为 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>No bin %1.</source>
        <translation>找不到库位 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>No ship batch %1.</source>
        <translation>没有发货批次 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>No order has the delivery note or waybill %1.</source>
        <translation>没有订单的发货单或快递单是 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>That print job is not at this station.</source>
        <translation>本工作站没有这个打印任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>That printer is not at this station.</source>
        <translation>本工作站没有这台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="35"/>
        <source>Bin %1 is not on this pick list: nothing is picked from it.</source>
        <translation>库位 %1 不在本汇总单上：不从此库位拣货。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="42"/>
        <source>Only %2 of %1 are left to pick from this bin.</source>
        <translation>此库位的 %1 只剩 %2 件待拣。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="46"/>
        <source>%1 from this bin is picked already: put this one back.</source>
        <translation>此库位的 %1 已拣完：请放回这一件。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="50"/>
        <source>%1 is not to be picked from this bin: wrong item or wrong bin.</source>
        <translation>%1 不应从此库位拣：商品或库位错误。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="59"/>
        <source>This batch holds single-item orders: it needs no secondary sort.</source>
        <translation>此批次为一单一品订单：无需二次分拣。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="63"/>
        <source>%1 belongs to no order in this batch: put it aside.</source>
        <translation>%1 不属于本批次任何订单：请放到一边。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="66"/>
        <source>Every order in this batch already has its %1: this one is extra.</source>
        <translation>本批次各订单的 %1 都已分齐：这一件是多出来的。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="69"/>
        <source>More %1 scanned than were picked: pick it first.</source>
        <translation>%1 扫描数量超过已拣数量：请先拣货。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="72"/>
        <source>Nothing to undo: you have sorted nothing in this batch.</source>
        <translation>没有可撤销的：您在本批次还没有分拣。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="78"/>
        <source>This item cannot be sorted.</source>
        <translation>此商品无法分拣。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="95"/>
        <source>Order %1 was changed at another station meanwhile; nothing was changed here. Scan it again.</source>
        <translation>订单 %1 刚在另一个工作站被处理，本机未做任何更改。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="104"/>
        <source>the delivery note (发货单)</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="105"/>
        <source>the waybill (快递单)</source>
        <translation>快递单</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="121"/>
        <source>Wrong document: it belongs to order %1, not to order %2. The delivery note and the waybill must be of the same order.</source>
        <translation>单据不符：这张单据属于订单 %1，不是订单 %2。发货单和快递单必须属于同一订单。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="127"/>
        <source>Wrong item (错配): %1 is not in order %2. Take it out.</source>
        <translation>错配：%1 不属于订单 %2，请拿出来。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="132"/>
        <source>One too many (多配): order %2 has only %3 × %1, all scanned. Take this one out.</source>
        <translation>多配：订单 %2 只有 %3 件 %1，已全部扫描。请把这件拿出来。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="141"/>
        <source>Items missing (漏配) from order %2: %1. Scan them, or set the order aside.</source>
        <translation>漏配：订单 %2 缺少 %1。请扫描补齐，或将订单暂放。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="149"/>
        <source>Scan %1 of order %2 too before confirming.</source>
        <translation>确认前请先扫描订单 %2 的%1。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="152"/>
        <location filename="../../ui/floor_errors.py" line="254"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="157"/>
        <source>Unknown code %1: not an item, delivery note or waybill. Nothing changed.</source>
        <translation>无法识别的条码 %1：不是商品、发货单或快递单。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="163"/>
        <source>Nothing to undo: no item of this order is scanned.</source>
        <translation>没有可撤销的扫描：本订单还没有扫描任何商品。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="166"/>
        <source>The order is stopped at verification.</source>
        <translation>订单在验货环节被拦截。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="173"/>
        <source>Order %1 is pre-packed: it skips packing. Take it to the scale.</source>
        <translation>订单 %1 是预包装商品，无需打包，请直接拿去称重。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="178"/>
        <source>Order %1 cannot be verified (state: %2).</source>
        <translation>订单 %1 不能验货（状态：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="181"/>
        <source>Order %1 cannot be packed (state: %2).</source>
        <translation>订单 %1 不能打包（状态：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="182"/>
        <source>Order %1 cannot be weighed (state: %2).</source>
        <translation>订单 %1 不能称重（状态：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="186"/>
        <source>Order %1 cannot go on here (state: %2).</source>
        <translation>订单 %1 不能在此处理（状态：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="192"/>
        <source>Held because: %1.</source>
        <translation>暂扣原因：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="211"/>
        <source>Order %1 was already verified by %2 at station %3 at %4.</source>
        <translation>订单 %1 已由 %2 在工作站 %3 于 %4 验货。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="214"/>
        <source>Order %1 was already packed by %2 at station %3 at %4.</source>
        <translation>订单 %1 已由 %2 在工作站 %3 于 %4 打包。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="217"/>
        <source>Order %1 was already weighed by %2 at station %3 at %4.</source>
        <translation>订单 %1 已由 %2 在工作站 %3 于 %4 称重。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="222"/>
        <source>Order %1 is past this step (state: %5), by %2 at station %3 at %4.</source>
        <translation>订单 %1 已过此环节（状态：%5），由 %2 在工作站 %3 于 %4 处理。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="245"/>
        <source>STOP: this document belongs to order %1, not to order %2. The waybill and the delivery note must be of the same order: do not seal.</source>
        <translation>停！这张单据属于订单 %1，不是订单 %2。快递单和发货单必须是同一订单的：不要封箱。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="253"/>
        <source>Scan %1 too before sealing (R-PAK-1).</source>
        <translation>封箱前还要扫描%1（R-PAK-1）。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="259"/>
        <source>%1 is not packing material (carton, bubble wrap, tape): nothing was added.</source>
        <translation>%1 不是包材（纸箱、气泡膜、胶带）：未添加任何东西。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="264"/>
        <source>The parcel cannot be sealed.</source>
        <translation>此包裹不能封箱。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="270"/>
        <source>A supervisor must approve: the supervisor scans their badge first.</source>
        <translation>需要主管批准：请主管先扫描工牌。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="274"/>
        <source>Type the reason for the override, then Enter.</source>
        <translation>请输入放行原因，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="277"/>
        <source>This parcel is not held for its weight: there is nothing to approve.</source>
        <translation>此包裹没有因重量被挂起：无需批准。</translation>
    </message>
    <message>
        <location filename="../../ui/floor_errors.py" line="283"/>
        <source>The parcel cannot be weighed.</source>
        <translation>此包裹不能称重。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>This label is already in the print queue (%1); it prints once.</source>
        <translation>这张标签已在打印队列中（%1），只会打印一次。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>This label was printed already (%1). To print it again, reprint (补打) the job selected in the queue and give a reason.</source>
        <translation>这张标签已打印过（%1）。如需再打，请对队列中选中的任务补打，并填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="143"/>
        <source>No printer is set for %1 at this station. A supervisor sets one under printers.</source>
        <translation>本工作站没有为%1设置打印机。请主管在打印机设置中指定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>Only a printed job can be reprinted; this one is %1. Retry it instead.</source>
        <translation>只有已打印的任务才能补打；这个任务是“%1”。请改用重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>This job is %1: only a failed or waiting job can be retried.</source>
        <translation>这个任务是“%1”：只有失败或等待中的任务才能重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>This job is %1: only a failed or waiting job can be cancelled.</source>
        <translation>这个任务是“%1”：只有失败或等待中的任务才能取消。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="163"/>
        <source>Order %1 is not paid yet: it cannot be printed or shipped until the payment is confirmed (R-ORD-1).</source>
        <translation>订单 %1 尚未付款：确认付款之前不能打印或发货（R-ORD-1）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>A printer needs a name.</source>
        <translation>打印机需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>A printer needs an address (see the hint under the field).</source>
        <translation>打印机需要地址（见输入框下方的提示）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Unknown printer connection.</source>
        <translation>未知的打印机连接方式。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Unknown printer language.</source>
        <translation>未知的打印机语言。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>The dpi must be 100 to 1200.</source>
        <translation>分辨率须在 100 到 1200 dpi 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>Unknown label kind.</source>
        <translation>未知的标签类型。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>The database was written by a newer version of Warehouse Station (schema %1). Update this program; the database was not changed.</source>
        <translation>数据库由更新版本的仓库工作站写入（结构版本 %1）。请升级本程序；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>The database cannot be reached or is busy. Try again; nothing was saved.</source>
        <translation>数据库无法连接或正忙。请重试；本次操作未保存。</translation>
    </message>
</context>
<context>
    <name>HeldOrdersPanel</name>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="76"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="77"/>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="78"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="79"/>
        <source>Held because</source>
        <translation>挂起原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="80"/>
        <source>CS remark</source>
        <translation>客服备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="81"/>
        <source>Buyer message</source>
        <translation>客人留言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="84"/>
        <source>How it was resolved</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="85"/>
        <source>Required, e.g. new address confirmed by chat</source>
        <translation>必填，例如：已通过旺旺确认新地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/held_orders_panel.py" line="86"/>
        <source>Release</source>
        <translation>放行</translation>
    </message>
</context>
<context>
    <name>HeldOrdersTable</name>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="82"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="82"/>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="82"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/order_tables.py" line="82"/>
        <source>Held because</source>
        <translation>挂起原因</translation>
    </message>
</context>
<context>
    <name>HeldReason</name>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Short of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>The order has no items</source>
        <translation>订单没有商品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Change address</source>
        <translation>改地址</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Change courier</source>
        <translation>换快递</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Split shipment</source>
        <translation>拆单发货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Hold shipment</source>
        <translation>暂缓发货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Invoice</source>
        <translation>开发票</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Weight off: %1 g, expected %2 ± %3 g (R-WEI-3)</source>
        <translation>重量不符：%1 克，应为 %2 ± %3 克（R-WEI-3）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="158"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="159"/>
        <source>Export file (CSV or XLSX)</source>
        <translation>导出文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="160"/>
        <source>Column mapping</source>
        <translation>列对应方案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="161"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="162"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="163"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="165"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="165"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="165"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="165"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="191"/>
        <source>Choose the order export</source>
        <translation>选择订单导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="193"/>
        <source>Order exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="207"/>
        <source>Choose an export file first: %1</source>
        <translation>请先选择导出文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="256"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="257"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="258"/>
        <source>Saving the orders…</source>
        <translation>正在保存订单…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="278"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="279"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 not taken (cancelled).</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3，未收（已取消）%4。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="286"/>
        <source>%1 order(s) changed in the shop AFTER batching. Take them out of their batch:</source>
        <translation>%1 个订单在生成批次之后被店铺改动！请把它们从批次中取出：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="310"/>
        <source>%1 problem(s) in the file. Nothing was imported: correct it and import it again.</source>
        <translation>文件中有 %1 个问题。没有导入任何订单：请改正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="318"/>
        <source>The import failed unexpectedly; nothing was imported. Details: %1</source>
        <translation>导入意外失败，没有导入任何订单。详情：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="333"/>
        <source>This column is missing from the file (check the mapping)</source>
        <translation>文件中缺少这一列（请检查列对应方案）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="334"/>
        <source>This column header appears twice</source>
        <translation>这个列标题出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="335"/>
        <source>Empty, but required</source>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="336"/>
        <source>No product with this SKU or barcode</source>
        <translation>没有这个 SKU 或条码的商品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="337"/>
        <source>Not a quantity (a whole number from 1)</source>
        <translation>不是有效数量（应为 1 起的整数）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="338"/>
        <source>Not a phone number (mobile or landline)</source>
        <translation>不是电话号码（手机或固话）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="339"/>
        <source>Not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="340"/>
        <source>Not a price</source>
        <translation>不是价格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="341"/>
        <source>Unknown courier, or more than one matches</source>
        <translation>快递公司未知，或匹配到多家</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="342"/>
        <source>This waybill number belongs to another order</source>
        <translation>这个运单号属于另一个订单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="344"/>
        <source>This order number appeared further up already: the file holds it twice</source>
        <translation>这个订单号在上面已经出现过：文件里有两次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="346"/>
        <source>Differs from the first row of the same order</source>
        <translation>与同一订单第一行的内容不一致</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="348"/>
        <source>More cells than column headers (a comma inside a value without quotes?)</source>
        <translation>单元格比列标题多（内容里有未加引号的逗号？）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="350"/>
        <source>The file stops in the middle of this row (cut off)</source>
        <translation>文件在这一行中间结束（文件不完整）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="356"/>
        <source>cancelled in the shop after batching</source>
        <translation>生成批次后被店铺取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="357"/>
        <source>cancelled in the shop while held</source>
        <translation>暂缓期间被店铺取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="358"/>
        <source>changed in the shop after batching</source>
        <translation>生成批次后被店铺修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="366"/>
        <source>The file is neither UTF-8 nor GBK/GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="367"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="368"/>
        <source>The first row of the file holds no column headers.</source>
        <translation>文件第一行没有列标题。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="369"/>
        <source>The file is not a readable XLSX workbook.</source>
        <translation>文件不是可读取的 XLSX 工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="370"/>
        <source>Choose a .csv or .xlsx file.</source>
        <translation>请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="372"/>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="374"/>
        <source>The column mapping %1 cannot be used (%2).</source>
        <translation>列对应方案 %1 无法使用（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="378"/>
        <source>There is no column mapping %1.</source>
        <translation>没有列对应方案 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="383"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何订单。</translation>
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
        <location filename="../../ui/screens/labels.py" line="101"/>
        <source>Order, waybill, SKU or bin</source>
        <translation>订单、运单、SKU 或库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="102"/>
        <source>Scan or type, then Enter</source>
        <translation>扫描或输入，然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="103"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="104"/>
        <source>Print (Enter / %1)</source>
        <translation>打印（回车 / %1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="105"/>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="106"/>
        <source>Printers and test pages</source>
        <translation>打印机与测试页</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="107"/>
        <source>Bulk SKU and bin labels</source>
        <translation>批量 SKU / 库位标签</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="186"/>
        <location filename="../../ui/screens/labels.py" line="216"/>
        <source>This label cannot be drawn: %1</source>
        <translation>无法生成这张标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="198"/>
        <source>Scan or type what the label is for first.</source>
        <translation>请先扫描或输入要打印的单号、SKU 或库位。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/labels.py" line="221"/>
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
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Warehouse Station - %1</source>
        <translation>仓库工作站 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Scanned %1: this screen takes no scans</source>
        <translation>已扫描 %1：本页面不处理扫描</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="44"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="49"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="52"/>
        <source>Audit</source>
        <translation>审单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="56"/>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="62"/>
        <source>Picking</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="66"/>
        <source>Sort</source>
        <translation>二次分拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="68"/>
        <source>Verify</source>
        <translation>验货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="70"/>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="71"/>
        <source>Weigh</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="74"/>
        <source>Labels</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="79"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="83"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="89"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="96"/>
        <source>Stations</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Audited</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Batched</source>
        <translation>已分波次</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Verified</source>
        <translation>已验货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Weighed</source>
        <translation>已称重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../ui/screens/orders.py" line="71"/>
        <source>Import… (%1)</source>
        <translation>导入…（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="72"/>
        <location filename="../../ui/screens/orders.py" line="84"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="73"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="78"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="79"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="80"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="81"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="82"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="83"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="85"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ui/screens/overview.py" line="51"/>
        <source>Hello, %1 (%2)</source>
        <translation>您好，%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="53"/>
        <source>Orders by state</source>
        <translation>各状态订单数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="77"/>
        <source>Packing material to reorder (R-PAK-2):</source>
        <translation>需要补货的包材（R-PAK-2）：</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../../ui/screens/pack.py" line="143"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="145"/>
        <source>Waybill or delivery note, then the other one, then the packing material</source>
        <translation>快递单或发货单，再扫另一张，然后扫包材</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="148"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="148"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="148"/>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="148"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="150"/>
        <source>Packing material used</source>
        <translation>已用包材</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="240"/>
        <location filename="../../ui/screens/pack.py" line="276"/>
        <source>Scan the waybill or the delivery note first.</source>
        <translation>请先扫描快递单或发货单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="252"/>
        <source>+ %1 %2 (now %3)</source>
        <translation>+ %1 %2（现为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="270"/>
        <source>− %1 (now %2)</source>
        <translation>− %1（现为 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="280"/>
        <source>Scan or choose the packing material used before sealing.</source>
        <translation>封箱前请扫描或选择所用的包材。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="303"/>
        <source>Sealed: order %1 is packed.</source>
        <translation>已封箱：订单 %1 已打包。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="304"/>
        <source>Packing material %1. Take the parcel to weighing.</source>
        <translation>包材 %1。请把包裹送去称重。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="327"/>
        <source>Started over: nothing was packed.</source>
        <translation>已重新开始：没有打包任何东西。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="327"/>
        <source>Scan the next parcel.</source>
        <translation>请扫描下一个包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="316"/>
        <source>Tell the supervisor: packing material is running short (R-PAK-2).</source>
        <translation>请告知主管：包材快用完了（R-PAK-2）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="153"/>
        <source>1-9 or ↑↓ then Space: add the material · −: take one off · Enter or Ctrl+Enter: seal · Esc: start over · Tab: type a code</source>
        <translation>1-9 或 ↑↓ 再按空格：添加包材 · −：减一个 · 回车或 Ctrl+回车：封箱 · Esc：重新开始 · Tab：手工输入条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="376"/>
        <source>Now scan the waybill.</source>
        <translation>现在扫描快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="378"/>
        <source>Now scan the delivery note.</source>
        <translation>现在扫描发货单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="381"/>
        <source>Documents match: put the delivery note inside, scan the packing material, then Enter to seal.</source>
        <translation>单据一致：把发货单放进包裹，扫描包材，然后按回车封箱。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="385"/>
        <source>Order %1: %2 units.</source>
        <translation>订单 %1：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="394"/>
        <source>Scan a waybill or a delivery note</source>
        <translation>请扫描快递单或发货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="399"/>
        <source>Order %1 · %2 %3</source>
        <translation>订单 %1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="407"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="408"/>
        <source>✗ %1: scan it</source>
        <translation>✗ %1：请扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="409"/>
        <source>Waybill</source>
        <translation>快递单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="409"/>
        <source>Delivery note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="442"/>
        <source>Packing material: %1</source>
        <translation>包材：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pack.py" line="451"/>
        <source>%1 %2: %3 left, about %4 days at %5 a day</source>
        <translation>%1 %2：剩余 %3，按每天 %5 约可用 %4 天</translation>
    </message>
</context>
<context>
    <name>ParcelItemsTable</name>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="65"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="66"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="67"/>
        <source>Style</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="68"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="69"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="70"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parcel_items.py" line="71"/>
        <source>Scanned</source>
        <translation>已扫</translation>
    </message>
</context>
<context>
    <name>PickListPanel</name>
    <message>
        <location filename="../../ui/widgets/pick_list_panel.py" line="49"/>
        <source>Show pick list</source>
        <translation>显示汇总单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pick_list_panel.py" line="50"/>
        <source>Print pick list</source>
        <translation>打印汇总单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pick_list_panel.py" line="62"/>
        <location filename="../../ui/widgets/pick_list_panel.py" line="83"/>
        <source>Choose a batch first.</source>
        <translation>请先选择批次。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pick_list_panel.py" line="75"/>
        <location filename="../../ui/widgets/pick_list_panel.py" line="93"/>
        <source>The pick list cannot be drawn: %1</source>
        <translation>汇总单无法生成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pick_list_panel.py" line="99"/>
        <source>Pick list of %1 queued on printer %2</source>
        <translation>%1 的汇总单已加入打印机 %2 的队列</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <location filename="../../ui/screens/picking.py" line="106"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="107"/>
        <source>Choose or scan a batch</source>
        <translation>选择或扫描批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="108"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="109"/>
        <source>Bin, then items (or type a code and Enter)</source>
        <translation>先库位，再商品（或输入条码后回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="112"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="113"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="114"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="115"/>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="116"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="117"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="118"/>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="154"/>
        <source>Batch %1: %2 units to pick. Scan the first bin.</source>
        <translation>批次 %1：待拣 %2 件。请扫描第一个库位。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="191"/>
        <source>Scan or choose a batch first.</source>
        <translation>请先扫描或选择批次。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="212"/>
        <source>Everything from bin %1 is picked already.</source>
        <translation>库位 %1 的商品已全部拣完。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="216"/>
        <source>Bin %1: take %2</source>
        <translation>库位 %1：拣 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="221"/>
        <source>Scan the bin first, then the item.</source>
        <translation>请先扫描库位，再扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="236"/>
        <source>✓ %1 %2: %3 of %4 from %5</source>
        <translation>✓ %1 %2：%3 / %4，库位 %5</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="247"/>
        <source>Take the cart to the secondary sort.</source>
        <translation>请把拣货车推到二次分拣。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="248"/>
        <source>Take the cart to packing.</source>
        <translation>请把拣货车推到打包台。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="249"/>
        <source>Pre-packed: take the cart to weighing.</source>
        <translation>预包装：请把拣货车推到称重台。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="251"/>
        <source>Batch %1 is picked: all %2 units.</source>
        <translation>批次 %1 已拣完：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="260"/>
        <source>No batch open</source>
        <translation>未打开批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="266"/>
        <source>%1 · %2 · %3 orders · %4</source>
        <translation>%1 · %2 · %3 单 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="272"/>
        <source>scan a bin</source>
        <translation>请扫描库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="273"/>
        <source>Bin: %1</source>
        <translation>库位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="277"/>
        <source>Picked %1 of %2</source>
        <translation>已拣 %1 / %2</translation>
    </message>
</context>
<context>
    <name>PrepackedPanel</name>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="53"/>
        <source>Pre-packed best-sellers (R-BAT-5) ship without packing: one unit of such a SKU goes into a pre-packed batch and straight to weighing. Scan or type a SKU or barcode: Enter marks it.</source>
        <translation>提前打包的爆款（R-BAT-5）发货时不再打包：单件此类 SKU 的订单进入预包装批次，直接称重。扫描或输入 SKU 或条码，回车即标记。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="58"/>
        <source>SKU or barcode</source>
        <translation>SKU 或条码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="59"/>
        <source>Mark pre-packed</source>
        <translation>标记为预包装</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="60"/>
        <source>Unmark</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="83"/>
        <source>Scan or type a SKU first.</source>
        <translation>请先扫描或输入 SKU。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="93"/>
        <source>%1 %2 is pre-packed: it skips packing.</source>
        <translation>%1 %2 已标记为预包装：跳过打包。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prepacked_panel.py" line="95"/>
        <source>%1 %2 is no longer pre-packed.</source>
        <translation>%1 %2 已取消预包装。</translation>
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
        <location filename="../../ui/errors.py" line="187"/>
        <source>Connection refused: the printer is off or the port is wrong.</source>
        <translation>拒绝连接：打印机未开机，或端口不对。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>Cannot reach the printer: nothing answers at that address (check the network, cable or port).</source>
        <translation>无法连接打印机：该地址没有回应（请检查网络、线缆或端口）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The address cannot be used: unknown host, or not in the form host:port.</source>
        <translation>地址无效：找不到该主机，或格式不是“主机:端口”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>No response: the printer did not answer in time (some printers go silent in an error state).</source>
        <translation>无响应：打印机没有按时回答（有些打印机出错时不作回应）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>The printer dropped the connection.</source>
        <translation>打印机断开了连接。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>The printer or the spooler refused the job.</source>
        <translation>打印机或打印服务拒绝了该任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The folder cannot be written.</source>
        <translation>无法写入该文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>This printer does not support status queries (only ZPL and TSPL printers on the network or a serial port answer).</source>
        <translation>此打印机不支持状态查询（只有网络或串口连接的 ZPL、TSPL 打印机能回答）。</translation>
    </message>
</context>
<context>
    <name>PrinterKind</name>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="13"/>
        <source>Folder (files)</source>
        <translation>文件夹（文件）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="14"/>
        <source>Network (TCP 9100)</source>
        <translation>网络（TCP 9100）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="15"/>
        <source>Serial / USB port</source>
        <translation>串口 / USB 口</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="16"/>
        <source>CUPS queue</source>
        <translation>CUPS 队列</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="17"/>
        <source>System printer (driver)</source>
        <translation>系统打印机（驱动）</translation>
    </message>
</context>
<context>
    <name>PrinterList</name>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="45"/>
        <source>Default for</source>
        <translation>默认用于</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_list.py" line="61"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PrinterSetup</name>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="133"/>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="133"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="134"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="134"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="139"/>
        <source>Switched on (takes jobs)</source>
        <translation>启用（接收打印任务）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="140"/>
        <source>New printer</source>
        <translation>新建打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="141"/>
        <source>Save printer</source>
        <translation>保存打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="142"/>
        <source>Check status</source>
        <translation>查询状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="143"/>
        <source>Default printer per label kind (saved at once)</source>
        <translation>各类标签的默认打印机（选择后立即保存）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="166"/>
        <source>(none)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="176"/>
        <source>A folder: each job is written there as a file.</source>
        <translation>文件夹：每个任务作为一个文件写入其中。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="177"/>
        <source>IP address and port of a network printer (raw, usually 9100).</source>
        <translation>网络打印机的 IP 地址和端口（原始打印，通常为 9100）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="178"/>
        <source>Serial or USB port, optionally with the baud after a comma.</source>
        <translation>串口或 USB 口，可在逗号后写波特率。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="179"/>
        <source>The CUPS queue name (lpstat -p lists them).</source>
        <translation>CUPS 队列名称（lpstat -p 可列出）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="180"/>
        <source>The printer&apos;s name in the system.</source>
        <translation>系统中的打印机名称。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="238"/>
        <source>Printer %1 saved.</source>
        <translation>打印机 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="250"/>
        <source>%1 now prints on %2.</source>
        <translation>%1 现在打印在 %2 上。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="257"/>
        <source>Select a printer first.</source>
        <translation>请先选中一台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="261"/>
        <source>Asking %1 …</source>
        <translation>正在询问 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="266"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="272"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/printer_setup.py" line="275"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <location filename="../../ui/errors.py" line="218"/>
        <source>paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="219"/>
        <source>paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>print head open</source>
        <translation>打印头打开</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="221"/>
        <source>cover open</source>
        <translation>盖子打开</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>ribbon out</source>
        <translation>缺碳带</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="223"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="224"/>
        <source>buffer full</source>
        <translation>缓存已满</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="225"/>
        <source>overheated</source>
        <translation>过热</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="226"/>
        <source>too cold</source>
        <translation>温度过低</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>memory error</source>
        <translation>内存错误</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>E-waybill</source>
        <translation>电子面单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Delivery note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>SKU label</source>
        <translation>SKU 标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Bin label</source>
        <translation>库位标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Inbound order</source>
        <translation>入库单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Supervisor</source>
        <translation>仓库主管</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Order clerk</source>
        <translation>制单专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Clerk</source>
        <translation>仓库文员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Picker</source>
        <translation>配货员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Verifier / weigher</source>
        <translation>验货称重专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Packer</source>
        <translation>打包专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>QC inspector</source>
        <translation>质检员</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>moving</source>
        <translation>晃动中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>underload</source>
        <translation>欠载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>negative</source>
        <translation>负值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>empty</source>
        <translation>空秤</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>waiting for data</source>
        <translation>等待数据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>disconnected</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
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
    <name>SortingScreen</name>
    <message>
        <location filename="../../ui/screens/sorting.py" line="138"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="139"/>
        <source>Choose or scan a multi-item batch</source>
        <translation>选择或扫描一单多品批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="140"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="141"/>
        <source>Items (or type a code and Enter)</source>
        <translation>商品（或输入条码后回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="142"/>
        <source>Undo last (%1)</source>
        <translation>撤销上一件（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="178"/>
        <source>Batch %1: %2 orders. Scan an item.</source>
        <translation>批次 %1：%2 单。请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="181"/>
        <source>Only %1 of %2 items are picked so far.</source>
        <translation>目前只拣了 %1 / %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="221"/>
        <location filename="../../ui/screens/sorting.py" line="234"/>
        <source>Scan or choose a multi-item batch first.</source>
        <translation>请先扫描或选择一单多品批次。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="251"/>
        <source>Undone: take %1 back out of slot %2.</source>
        <translation>已撤销：请把 %1 从格口 %2 取回。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="257"/>
        <source>Slot %1 is complete: order %2 can go to packing.</source>
        <translation>格口 %1 已齐：订单 %2 可以去打包。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="266"/>
        <source>Batch %1 is sorted: all %2 orders are complete.</source>
        <translation>批次 %1 分拣完成：%2 单全部齐全。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="274"/>
        <source>No batch open</source>
        <translation>未打开批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="278"/>
        <source>%1 · sorted %2 of %3 items · %4 of %5 orders complete</source>
        <translation>%1 · 已分拣 %2 / %3 件 · %4 / %5 单已齐</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="302"/>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="305"/>
        <source>Taken back: %1</source>
        <translation>已取回：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="307"/>
        <source>%1 of %2 items in this slot</source>
        <translation>本格口 %1 / %2 件</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="174"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="178"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="180"/>
        <source>Station: %1</source>
        <translation>工作站：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="140"/>
        <location filename="../../ui/widgets/status_bar.py" line="182"/>
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="183"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="184"/>
        <source>UNREACHABLE</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="186"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="83"/>
        <source>Scale: %1</source>
        <translation>电子秤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="96"/>
        <source>Scanner: %1</source>
        <translation>扫描枪：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="112"/>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="114"/>
        <source>%1 waiting</source>
        <translation>排队 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="117"/>
        <source>%1 FAILED</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="118"/>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="140"/>
        <location filename="../../ui/widgets/status_bar.py" line="151"/>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="143"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="143"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="146"/>
        <source>%1 to send</source>
        <translation>待上传 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="147"/>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="149"/>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="153"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="157"/>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="164"/>
        <source>Steps the server refused at this station. Click here or press %1 to see them.</source>
        <translation>本站被服务器拒绝的操作。点击此处或按 %1 查看。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="200"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="202"/>
        <source>PDF folder</source>
        <translation>PDF 目录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="205"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="206"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="207"/>
        <source>error</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>StationsScreen</name>
    <message>
        <location filename="../../ui/screens/stations.py" line="168"/>
        <source>This station works alone: it has no server to sync with ([sync].server is empty), so there are no other stations to show.</source>
        <translation>本工作站独立运行：没有可同步的服务器（[sync].server 为空），因此没有其他工作站可显示。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="172"/>
        <source>Stations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="173"/>
        <source>Steps the server refused (all stations)</source>
        <translation>服务器拒绝的操作（所有工作站）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="174"/>
        <source>Steps the server refused at this station</source>
        <translation>本站被服务器拒绝的操作</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="177"/>
        <location filename="../../ui/screens/stations.py" line="187"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="178"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="179"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="180"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="181"/>
        <source>To send</source>
        <translation>待上传</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="182"/>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="188"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="189"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="190"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="191"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="195"/>
        <source>%1: read again (every 10 s while this screen is shown)</source>
        <translation>%1：重新读取（本页面显示时每 10 秒自动读取）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="216"/>
        <source>Reading from the server…</source>
        <translation>正在从服务器读取…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="234"/>
        <source>The server cannot be reached (%1). The lists of the stations are not available; this station&apos;s own refused steps are below.</source>
        <translation>无法连接服务器（%1）。各工作站的列表暂时无法显示；下方仍列出本站被拒绝的操作。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="242"/>
        <source>Reading the server failed: %1</source>
        <translation>读取服务器失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="263"/>
        <source>Read from the server at %1.</source>
        <translation>已于 %1 从服务器读取。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="281"/>
        <source>%1 (this station)</source>
        <translation>%1（本站）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="282"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="286"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stations.py" line="286"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
</context>
<context>
    <name>SyncConflict</name>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="56"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="60"/>
        <source>%1 (order %2)</source>
        <translation>%1（订单 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="83"/>
        <source>the order was changed at another station meanwhile (now: %1)</source>
        <translation>订单已在其他工作站被改动（现为：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="87"/>
        <source>changed at another station meanwhile (%1)</source>
        <translation>已在其他工作站被改动（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="92"/>
        <source>the server has this record already (%1)</source>
        <translation>服务器上已有这条记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="95"/>
        <source>the server&apos;s data does not allow it: %1</source>
        <translation>服务器上的数据不允许此操作：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="102"/>
        <source>already verified by %1 at %2 at %3</source>
        <translation>已由 %1 在 %2 于 %3 验货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="105"/>
        <source>already packed by %1 at %2 at %3</source>
        <translation>已由 %1 在 %2 于 %3 打包</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="106"/>
        <source>already weighed by %1 at %2 at %3</source>
        <translation>已由 %1 在 %2 于 %3 称重</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="107"/>
        <source>already shipped by %1 at %2 at %3</source>
        <translation>已由 %1 在 %2 于 %3 发货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="110"/>
        <source>already past this step (now: %4), by %1 at %2 at %3</source>
        <translation>已过这一步（现为：%4），由 %1 在 %2 于 %3 完成</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="196"/>
        <source>Steps the server refused</source>
        <translation>服务器拒绝的操作</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="197"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPanel</name>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="91"/>
        <source>What this station did</source>
        <translation>本站的操作</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="91"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="91"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="91"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="111"/>
        <source>The server refused %1 step(s) done at this station: someone else had done them first. Check each parcel, then mark the row as seen.</source>
        <translation>服务器拒绝了本站的 %1 个操作：别的工作站已先完成。请逐一检查包裹，然后标记为已查看。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="117"/>
        <source>No refused steps: everything done here reached the server.</source>
        <translation>没有被拒绝的操作：本站的操作都已送达服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="132"/>
        <source>I have seen it</source>
        <translation>我已查看</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="144"/>
        <source>Log in to mark the rows as seen.</source>
        <translation>登录后才能标记为已查看。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_conflicts.py" line="146"/>
        <source>%1: mark the selected row as seen</source>
        <translation>%1：将选中的一行标记为已查看</translation>
    </message>
</context>
<context>
    <name>SyncEvent</name>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>verified</source>
        <translation>验货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>packed</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>weighed</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>weight approved</source>
        <translation>重量放行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>audited</source>
        <translation>审单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>document scanned at verify</source>
        <translation>验货扫描单据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>item scanned at verify</source>
        <translation>验货扫描商品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>verify scan undone</source>
        <translation>撤销验货扫描</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>stopped at verify</source>
        <translation>验货拦截</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>stopped at pack</source>
        <translation>打包拦截</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>picked</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>sorted</source>
        <translation>二次分拣</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>sort scan undone</source>
        <translation>撤销分拣扫描</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>batch picked</source>
        <translation>批次配货完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>batch sorted</source>
        <translation>批次分拣完成</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="37"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="40"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="43"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="45"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="128"/>
        <source>The server&apos;s database is not prepared: run &apos;server init&apos; there.</source>
        <translation>服务器的数据库尚未准备好：请在服务器上运行 &apos;server init&apos;。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="131"/>
        <source>This station&apos;s database belongs to another server.</source>
        <translation>本工作站的数据库属于另一台服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_texts.py" line="134"/>
        <source>This station&apos;s database has data of its own and cannot join the server.</source>
        <translation>本工作站的数据库已有自己的数据，不能加入服务器。</translation>
    </message>
</context>
<context>
    <name>TestPages</name>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="80"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="81"/>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="82"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="83"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="84"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="87"/>
        <source>Print test page on the selected printer</source>
        <translation>在选中的打印机上打印测试页</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="105"/>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="105"/>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="117"/>
        <source>Select a printer first.</source>
        <translation>请先选中一台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="126"/>
        <source>The test page cannot be drawn: %1</source>
        <translation>无法生成测试页：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/test_pages.py" line="131"/>
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
    <name>VerifyScreen</name>
    <message>
        <location filename="../../ui/screens/verify.py" line="179"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="181"/>
        <source>Delivery note or waybill, then the items (or type a code and Enter)</source>
        <translation>先扫发货单或快递单，再扫商品（或输入条码后按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="183"/>
        <source>Set aside (scan a document to resume)</source>
        <translation>暂放订单（扫描单据即可继续）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="184"/>
        <source>Confirm (Enter)</source>
        <translation>确认（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="185"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>撤销上一件（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="186"/>
        <source>Set aside (Esc)</source>
        <translation>暂放（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="189"/>
        <source>Enter in the empty field or CMD:CONFIRM: confirm · Ctrl+Z, Backspace or CMD:UNDO: undo the last item · Esc or CMD:CANCEL: set the order aside</source>
        <translation>空输入框按回车或扫 CMD:CONFIRM：确认 · Ctrl+Z、退格键或 CMD:UNDO：撤销上一件 · Esc 或 CMD:CANCEL：暂放订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="233"/>
        <source>That command is not used on this screen.</source>
        <translation>本页面不使用这个命令码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="239"/>
        <location filename="../../ui/screens/verify.py" line="311"/>
        <source>Scan the delivery note or the waybill first.</source>
        <translation>请先扫描发货单或快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="240"/>
        <source>%1 is an item; no order is open.</source>
        <translation>%1 是商品条码，当前没有打开的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="262"/>
        <source>Order %1 resumed: %2 of %3 items scanned.</source>
        <translation>继续验货订单 %1：已扫 %2 / %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="269"/>
        <source>Order %1: %2 items.</source>
        <translation>订单 %1：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="290"/>
        <source>✓ %1: %2 of %3</source>
        <translation>✓ %1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="298"/>
        <source>✓ The waybill matches order %1.</source>
        <translation>✓ 快递单与订单 %1 相符。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="300"/>
        <source>✓ The delivery note matches order %1.</source>
        <translation>✓ 发货单与订单 %1 相符。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="329"/>
        <source>Order %1 verified: %2 items.</source>
        <translation>订单 %1 验货完成：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="332"/>
        <source>Put it on for packing. Next order: scan its delivery note or waybill.</source>
        <translation>请送去打包。下一单：扫描发货单或快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="341"/>
        <source>Nothing to undo: no order is open.</source>
        <translation>没有可撤销的扫描：当前没有打开的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="363"/>
        <source>Undone: take one %1 back out.</source>
        <translation>已撤销：请把一件 %1 拿出来。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="364"/>
        <source>%1 of %2 scanned now.</source>
        <translation>现已扫 %1 / %2。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="371"/>
        <source>No order is open.</source>
        <translation>当前没有打开的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="378"/>
        <source>Order %1 set aside: %2 of %3 items scanned.</source>
        <translation>订单 %1 已暂放：已扫 %2 / %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="382"/>
        <source>Scan its delivery note or waybill to resume it, at any station.</source>
        <translation>在任一工作站扫描其发货单或快递单即可继续。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="407"/>
        <source>Scan the delivery note or the waybill of the next order.</source>
        <translation>请扫描下一单的发货单或快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="414"/>
        <source>Scan the waybill (快递单) too.</source>
        <translation>请再扫描快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="416"/>
        <source>Scan the delivery note (发货单) too.</source>
        <translation>请再扫描发货单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="418"/>
        <source>All items scanned: press Enter to confirm.</source>
        <translation>商品已全部扫描：按回车确认。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="420"/>
        <source>%1 more to scan.</source>
        <translation>还需扫描 %1 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="425"/>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="431"/>
        <source>Order %1 · %2 %3 · %4 of %5 items</source>
        <translation>订单 %1 · %2 %3 · 已扫 %4 / %5 件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="440"/>
        <source>Delivery note %1 · Waybill %2</source>
        <translation>发货单 %1 · 快递单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="471"/>
        <source>%1 · %2 of %3 · %4</source>
        <translation>%1 · %2 / %3 · %4</translation>
    </message>
</context>
<context>
    <name>WeighScreen</name>
    <message>
        <location filename="../../ui/screens/weigh.py" line="150"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="151"/>
        <source>Waybill (or a supervisor&apos;s badge)</source>
        <translation>快递单（或主管工牌）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="152"/>
        <source>Weight typed by hand</source>
        <translation>手工输入的重量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="153"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="154"/>
        <source>Why (required), then Enter</source>
        <translation>原因（必填），然后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="157"/>
        <source>Scan the waybill, put the parcel on the scale: the weight is taken by itself · held parcel: weigh it again, or a supervisor scans the badge · Esc: cancel</source>
        <translation>扫描快递单，把包裹放到秤上：自动读取重量 · 挂起的包裹：重新称重，或由主管扫描工牌 · Esc：取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="200"/>
        <source>No scale at this station</source>
        <translation>本工作站没有电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="204"/>
        <source>Scale: %1</source>
        <translation>电子秤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="218"/>
        <source>The scale is disconnected: weighing is blocked. Check its cable and power; a supervisor may allow a typed weight (scan the badge).</source>
        <translation>电子秤已断开：无法称重。请检查数据线和电源；主管可允许手工输入重量（扫描工牌）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="224"/>
        <source>Connecting to the scale: weighing waits.</source>
        <translation>正在连接电子秤：称重等待中。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="226"/>
        <source>The scale is not stable: keep the parcel still.</source>
        <translation>秤不稳定：请保持包裹静止。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="229"/>
        <source>The scale shows no usable weight: empty it and set it to zero.</source>
        <translation>秤上没有可用的重量：请清空并归零。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="234"/>
        <source>Take the previous parcel off the scale, then put this one on.</source>
        <translation>请先把上一个包裹从秤上拿下来，再放上这一个。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="237"/>
        <source>Put the parcel on the scale.</source>
        <translation>请把包裹放到秤上。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="275"/>
        <source>Order %1 is held for its weight.</source>
        <translation>订单 %1 因重量不符被挂起。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="276"/>
        <location filename="../../ui/screens/weigh.py" line="434"/>
        <source>Weigh it again, or a supervisor scans the badge.</source>
        <translation>请重新称重，或由主管扫描工牌。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="280"/>
        <source>Order %1: %2 units.</source>
        <translation>订单 %1：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="388"/>
        <source>No override: the parcel is as it was.</source>
        <translation>未放行：包裹保持原状。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="392"/>
        <source>Cancelled: scan the next waybill.</source>
        <translation>已取消：请扫描下一张快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="420"/>
        <source>Shipped: order %1, %2.</source>
        <translation>已发货：订单 %1，%2。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="423"/>
        <source>Put it in %1.</source>
        <translation>请放到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="427"/>
        <source>HELD: order %1 weighs %2, expected %3: %4 off, %5 allowed.</source>
        <translation>挂起：订单 %1 重 %2，预计 %3：相差 %4，允许 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="315"/>
        <source>%1 is no supervisor: only a supervisor&apos;s badge can approve.</source>
        <translation>%1 不是主管：只有主管的工牌才能批准。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="322"/>
        <source>Scan the waybill first, then the supervisor&apos;s badge.</source>
        <translation>请先扫描快递单，再扫描主管工牌。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="331"/>
        <source>Supervisor %1 passes order %2: type the reason, then Enter.</source>
        <translation>主管 %1 放行订单 %2：输入原因，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="335"/>
        <source>Supervisor %1 allows a typed weight for order %2: type the grams, Tab, the reason, then Enter.</source>
        <translation>主管 %1 允许订单 %2 手工输入重量：输入克数，按 Tab，输入原因，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="441"/>
        <source>Scan a waybill</source>
        <translation>请扫描快递单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="448"/>
        <source>Order %1 · %2 %3 · %4 units</source>
        <translation>订单 %1 · %2 %3 · 共 %4 件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="457"/>
        <source>HOLD · %1</source>
        <translation>挂起 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="461"/>
        <source>Expected %1 ± %2 g (goods %3 + packing %4)</source>
        <translation>预计 %1 ± %2 g（商品 %3 + 包材 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/weigh.py" line="469"/>
        <source>Weighed %1 · difference %2</source>
        <translation>实重 %1 · 相差 %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Log out (F12)</source>
        <translation>退出登录（F12）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Ctrl+PgDn / Ctrl+PgUp: next / previous screen</source>
        <translation>Ctrl+PgDn / Ctrl+PgUp：下一个 / 上一个页面</translation>
    </message>
</context>
</TS>
