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
    <name>ArchivePanel</name>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="50"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="51"/>
        <source>YYYY-MM</source>
        <translation>年-月</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="52"/>
        <source>Write the archive</source>
        <translation>生成归档</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="56"/>
        <source>The month&apos;s posted and cancelled documents with their lines, signatures and corrections: one CSV file per table (opens in Excel) and one PDF.</source>
        <translation>本月已过账和已作废的单据，连同明细、签字和更正记录：每张表一个 CSV 文件（可用 Excel 打开），外加一个 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="61"/>
        <source>The month-end archive is the supervisor&apos;s.</source>
        <translation>月末归档由仓库主管操作。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="70"/>
        <source>Goes to %1</source>
        <translation>将写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="84"/>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="87"/>
        <source>%1: %2 document(s) archived.</source>
        <translation>%1：已归档 %2 张单据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_archive.py" line="90"/>
        <source>Not posted, so not archived: %1.</source>
        <translation>未过账，未归档：%1。</translation>
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
    <name>BooksScreen</name>
    <message>
        <location filename="../../ui/screens/books.py" line="108"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="109"/>
        <source>Document number, item or badge</source>
        <translation>单号、商品或工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="111"/>
        <source>The day (日清日结)</source>
        <translation>日清日结</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="112"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="113"/>
        <source>Month-end archive</source>
        <translation>月末归档</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="114"/>
        <source>Photo samples (样品)</source>
        <translation>拍照样品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="120"/>
        <source>A document number opens it · double-click a document of the day · samples: scan items, Enter makes the slip, badges sign, Enter posts · CMD:UNDO: one unit off · Esc: empty or cancel the slip</source>
        <translation>扫单号打开单据 · 双击当日单据打开 · 样品：扫商品，回车生成调拨单，刷工牌签字，回车过账 · CMD:UNDO：减一件 · Esc：清空或作废调拨单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="187"/>
        <source>Scan a document number here; items go on the samples tab.</source>
        <translation>这里请扫单号；商品请在“拍照样品”页扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/books.py" line="218"/>
        <source>The step failed: %1</source>
        <translation>操作失败：%1</translation>
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
    <name>CartonsPanel</name>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="37"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="40"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="41"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="42"/>
        <source>Style</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="43"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="44"/>
        <source>Open cartons (bin, lot, units left)</source>
        <translation>已开箱（库位、批次、剩余件数）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="75"/>
        <source>%1 SKU(s) have more than %2 carton(s) open: use up the open one before opening the next (R-STK-2).</source>
        <translation>%1 个 SKU 开箱超过 %2 箱：先用完已开的一箱，再开下一箱（R-STK-2）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="79"/>
        <source>No SKU has more than %2 carton(s) open.</source>
        <translation>没有 SKU 开箱超过 %2 箱。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="83"/>
        <source>This list takes no scans: choose another tab.</source>
        <translation>此列表不接受扫描：请选择其他标签页。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_cartons.py" line="86"/>
        <source>Nothing to sign here.</source>
        <translation>此处无需签字。</translation>
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
    <name>CountMixin</name>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="40"/>
        <source>✓ %1: %2 of %3</source>
        <translation>✓ %1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="44"/>
        <source>Taken back: %1.</source>
        <translation>已撤回：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="51"/>
        <source>%1 more than the note: put them aside, they are not signed for.</source>
        <translation>比送货单多 %1 件：请放到一边，多出的不签收。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="59"/>
        <source>Nothing to take back.</source>
        <translation>没有可撤回的清点。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="68"/>
        <source>Scan the item that is not on the note first.</source>
        <translation>请先扫描不在送货单上的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="87"/>
        <source>Recorded as not on the note: %1 × %2. Keep them aside.</source>
        <translation>已记录为送货单外商品：%1 × %2。请单独存放。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="100"/>
        <source>%1 lines differ from the note.</source>
        <translation>有 %1 行与送货单不符。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="102"/>
        <source>Press Enter again to finish counting with these differences.</source>
        <translation>再按一次回车，按这些差异结束清点。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="117"/>
        <source>%1 labels queued: stick them on now.</source>
        <translation>已排队打印 %1 张条码：请立即贴上。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="121"/>
        <source>Labels not printed: %1 (Ctrl+L tries again)</source>
        <translation>条码未打印：%1（Ctrl+L 重试）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="125"/>
        <source>Counted: %1 signed for of %2 on the note.</source>
        <translation>清点完成：送货单 %2 件，签收 %1 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_count.py" line="143"/>
        <source>%1 labels queued; %2 lines were printed before (a reprint is in the queue).</source>
        <translation>已排队打印 %1 张条码；%2 行此前已打印（补打请到打印队列）。</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="113"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="114"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="115"/>
        <source>Start count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="116"/>
        <source>Units per scan</source>
        <translation>每次扫描件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="117"/>
        <source>Finish count</source>
        <translation>完成盘点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="118"/>
        <source>Reason for the variances (required to post)</source>
        <translation>差异原因（过账必填）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="119"/>
        <source>Post (clerk)</source>
        <translation>过账（文员）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="121"/>
        <location filename="../../ui/widgets/stock_count.py" line="125"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="121"/>
        <location filename="../../ui/widgets/stock_count.py" line="126"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="121"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="121"/>
        <location filename="../../ui/widgets/stock_count.py" line="129"/>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="127"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="128"/>
        <source>Books</source>
        <translation>账面</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="130"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="148"/>
        <source>Open counts (scan the number to go on): %1</source>
        <translation>未完成的盘点单（扫描单号继续）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="175"/>
        <source>Count %1 of zone %2 started: scan the first bin.</source>
        <translation>盘点单 %1（区域 %2）已开始：请扫描第一个库位。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="199"/>
        <source>Start a count (or scan an open count&apos;s number) first.</source>
        <translation>请先开始盘点（或扫描未完成盘点单的单号）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="209"/>
        <source>Bin %1: scan every item in it, damaged ones too.</source>
        <translation>库位 %1：扫描其中每一件商品，破损的也要扫。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="219"/>
        <source>Scan the bin first, then its items.</source>
        <translation>请先扫描库位，再扫描其中的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="235"/>
        <source>%1 in %2: %3 counted.</source>
        <translation>%2 中的 %1：已盘 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="242"/>
        <source>Taken back: nothing of it is counted in %1 now.</source>
        <translation>已撤回：%1 中该商品现在没有已盘数量。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="270"/>
        <source>Finish the count first; then keeper and supervisor sign.</source>
        <translation>请先完成盘点，然后由保管员和仓库主管签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="297"/>
        <source>Count %1 posted: %2 variances booked.</source>
        <translation>盘点单 %1 已过账：记入 %2 条差异。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="318"/>
        <source>Scan a bin of the zone, then its items.</source>
        <translation>请扫描本区域的库位，再扫描其中的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="320"/>
        <source>%1 is posted.</source>
        <translation>%1 已过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="323"/>
        <source>%1 variances. Next: %2 signs (badge or PIN).</source>
        <translation>%1 条差异。下一步：%2 签字（工牌或 PIN）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="327"/>
        <source>Signed. The clerk types the reason and posts (Enter).</source>
        <translation>已签字。文员填写原因并过账（回车）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="340"/>
        <source>No count open.</source>
        <translation>没有打开的盘点单。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="345"/>
        <source>%1 · warehouse %2 · zone %3 · bins counted %4 of %5</source>
        <translation>%1 · 仓库 %2 · 区域 %3 · 已盘库位 %4 / %5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="353"/>
        <source>Bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="370"/>
        <source>Not counted, holding stock: %1</source>
        <translation>未盘且有库存的库位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="372"/>
        <source>Signed: %1</source>
        <translation>已签字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_count.py" line="374"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>DamagePanel</name>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="96"/>
        <source>To the defective store (移仓单)</source>
        <translation>移入次品仓（移仓单）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="97"/>
        <source>Scrap (拨废单)</source>
        <translation>报废（拨废单）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="99"/>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="100"/>
        <source>Found in count</source>
        <translation>盘点单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="101"/>
        <source>PD… (optional)</source>
        <translation>PD…（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="102"/>
        <source>Units per scan</source>
        <translation>每次扫描件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="103"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="104"/>
        <source>Post (clerk)</source>
        <translation>过账（文员）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="105"/>
        <source>Open documents (click or scan the number)</source>
        <translation>未完成的单据（点击或扫描单号）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="107"/>
        <location filename="../../ui/widgets/stock_damage.py" line="113"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="107"/>
        <source>SKU or barcode</source>
        <translation>SKU 或条码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="107"/>
        <location filename="../../ui/widgets/stock_damage.py" line="113"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="110"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="110"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="110"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="110"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="113"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="113"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="113"/>
        <source>To</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="118"/>
        <source>defective store</source>
        <translation>次品仓</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="118"/>
        <source>scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="122"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="124"/>
        <source>%1 signs</source>
        <translation>%1 签字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="125"/>
        <source>the clerk posts</source>
        <translation>文员过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="151"/>
        <source>Bin %1: scan the damaged items.</source>
        <translation>库位 %1：请扫描破损商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="156"/>
        <location filename="../../ui/widgets/stock_damage.py" line="173"/>
        <source>Scan the bin first, then the damaged items.</source>
        <translation>请先扫描库位，再扫描破损商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="164"/>
        <source>%1 × %2 from %3. Type what is wrong, then Record (Enter).</source>
        <translation>%1 × %2，来自 %3。填写问题描述，然后登记（回车）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="201"/>
        <source>Record the damaged goods first, then sign.</source>
        <translation>请先登记破损商品，再签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="246"/>
        <source>%1 posted: %2 units to the %3.</source>
        <translation>%1 已过账：%2 件转入%3。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="254"/>
        <source>%1: %2 units to the %3. Next: %4 signs (badge or PIN).</source>
        <translation>%1：%2 件转入%3。下一步：%4 签字（工牌或 PIN）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="260"/>
        <source>%1: signed. The clerk posts it (Enter).</source>
        <translation>%1：已签字。由文员过账（回车）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="270"/>
        <source>Bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="270"/>
        <source>Scan a bin.</source>
        <translation>请扫描库位。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_damage.py" line="279"/>
        <source>Signed: %1</source>
        <translation>已签字：%1</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="70"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="71"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="72"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="73"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="74"/>
        <source>Check the ledger</source>
        <translation>核对账目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="75"/>
        <source>Close the day (日清日结)</source>
        <translation>日结（日清日结）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="77"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="77"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="77"/>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="78"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="78"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="78"/>
        <source>Still to sign</source>
        <translation>待签字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="80"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="82"/>
        <source>What</source>
        <translation>差异类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="82"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="82"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="82"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="83"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="83"/>
        <source>Booked</source>
        <translation>账上</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="83"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="105"/>
        <source>Type the day as YYYY-MM-DD, e.g. 2026-11-28.</source>
        <translation>日期请写成 年-月-日，例如 2026-11-28。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="132"/>
        <source>%1 %2 is open: %3 document(s), %4 not posted yet.</source>
        <translation>%1 仓 %2 未日结：共 %3 张单据，%4 张未过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="143"/>
        <source>%1 %2 was closed by %3 at %4 with %5 difference(s).</source>
        <translation>%1 仓 %2 已由 %3 于 %4 日结，差异 %5 处。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="190"/>
        <source>Not posted yet: %1. Post or cancel them before closing.</source>
        <translation>尚未过账：%1。请先过账或作废，再日结。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="196"/>
        <source>%1 difference(s) between the ledger and the documents.</source>
        <translation>账目与单据有 %1 处差异。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="201"/>
        <source>The ledger agrees with the documents.</source>
        <translation>账单相符。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="218"/>
        <source>%1 %2 closed with %3 difference(s): see the table.</source>
        <translation>%1 仓 %2 已日结，有 %3 处差异：见下表。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_day.py" line="227"/>
        <source>%1 %2 closed: ledger and documents agree.</source>
        <translation>%1 仓 %2 已日结：账单相符。</translation>
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
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document_screen.py" line="55"/>
        <source>Wait: the last step is still on its way.</source>
        <translation>请稍候：上一步还在处理中。</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="99"/>
        <source>Document number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="100"/>
        <source>Scan or type a number, e.g. RK20261128-001</source>
        <translation>扫描或输入单号，例如 RK20261128-001</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="101"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="103"/>
        <location filename="../../ui/widgets/document_view.py" line="113"/>
        <location filename="../../ui/widgets/document_view.py" line="116"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="103"/>
        <location filename="../../ui/widgets/document_view.py" line="113"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="103"/>
        <location filename="../../ui/widgets/document_view.py" line="109"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="103"/>
        <source>Style, colour, size</source>
        <translation>款号、颜色、尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="104"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="104"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="104"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="104"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="105"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="107"/>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="109"/>
        <source>Capacity</source>
        <translation>签字身份</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="109"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="109"/>
        <location filename="../../ui/widgets/document_view.py" line="114"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="111"/>
        <source>Corrections (划改): the value before stays</source>
        <translation>更正记录（划改）：原值保留</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="113"/>
        <source>Before → after</source>
        <translation>更正前 → 更正后</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="113"/>
        <source>Corrected by</source>
        <translation>更正人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="114"/>
        <location filename="../../ui/widgets/document_view.py" line="118"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="117"/>
        <source>Right quantity</source>
        <translation>正确数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="119"/>
        <source>Why the posted value was wrong</source>
        <translation>原过账数值错误的原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="120"/>
        <source>Correct (划改)</source>
        <translation>更正（划改）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="145"/>
        <source>Day %1</source>
        <translation>日期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="146"/>
        <source>Warehouse %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="148"/>
        <source>Reference %1</source>
        <translation>来源单号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="149"/>
        <source>Partner %1</source>
        <translation>往来单位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="150"/>
        <source>Made by %1 at %2</source>
        <translation>%1 于 %2 制单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="151"/>
        <source>Posted by %1 at %2</source>
        <translation>%1 于 %2 过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="154"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="173"/>
        <source>Still to sign: %1</source>
        <translation>待签字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="186"/>
        <source>badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="186"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_view.py" line="211"/>
        <source>%1 line %2: %3 → %4, corrected by %5.</source>
        <translation>%1 第 %2 行：%3 → %4，更正人 %5。</translation>
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
        <location filename="../../ui/receiving_errors.py" line="158"/>
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
        <location filename="../../ui/errors.py" line="83"/>
        <source>Order %1 has no waybill number yet: get it from the courier (import it again with the waybill column) before printing the e-waybill.</source>
        <translation>订单 %1 还没有快递单号：请先从快递公司取号（带快递单号列重新导入），再打印电子面单。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>This step needs the shared server (auditing, cutting batches, stock hand-overs), and it cannot be reached now. Nothing was changed. Verifying, packing, weighing and printing go on offline.</source>
        <translation>这一步需要连接共享服务器（审单、生成批次、库存交接），现在连不上服务器。什么都没有改。验货、打包、称重和打印可以继续离线进行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>No order or waybill %1.</source>
        <translation>找不到订单或运单 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>No product with SKU or barcode %1.</source>
        <translation>找不到 SKU 或条码为 %1 的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>No bin %1.</source>
        <translation>找不到库位 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>No ship batch %1.</source>
        <translation>没有发货批次 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>No order has the delivery note or waybill %1.</source>
        <translation>没有订单的发货单或快递单是 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>That print job is not at this station.</source>
        <translation>本工作站没有这个打印任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>That printer is not at this station.</source>
        <translation>本工作站没有这台打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
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
        <location filename="../../ui/errors.py" line="136"/>
        <source>This label is already in the print queue (%1); it prints once.</source>
        <translation>这张标签已在打印队列中（%1），只会打印一次。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>This label was printed already (%1). To print it again, reprint (补打) the job selected in the queue and give a reason.</source>
        <translation>这张标签已打印过（%1）。如需再打，请对队列中选中的任务补打，并填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>No printer is set for %1 at this station. A supervisor sets one under printers.</source>
        <translation>本工作站没有为%1设置打印机。请主管在打印机设置中指定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>Only a printed job can be reprinted; this one is %1. Retry it instead.</source>
        <translation>只有已打印的任务才能补打；这个任务是“%1”。请改用重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>This job is %1: only a failed or waiting job can be retried.</source>
        <translation>这个任务是“%1”：只有失败或等待中的任务才能重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>This job is %1: only a failed or waiting job can be cancelled.</source>
        <translation>这个任务是“%1”：只有失败或等待中的任务才能取消。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>Order %1 is not paid yet: it cannot be printed or shipped until the payment is confirmed (R-ORD-1).</source>
        <translation>订单 %1 尚未付款：确认付款之前不能打印或发货（R-ORD-1）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>A printer needs a name.</source>
        <translation>打印机需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>A printer needs an address (see the hint under the field).</source>
        <translation>打印机需要地址（见输入框下方的提示）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>Unknown printer connection.</source>
        <translation>未知的打印机连接方式。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>Unknown printer language.</source>
        <translation>未知的打印机语言。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>The dpi must be 100 to 1200.</source>
        <translation>分辨率须在 100 到 1200 dpi 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>Unknown label kind.</source>
        <translation>未知的标签类型。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The database was written by a newer version of Warehouse Station (schema %1). Update this program; the database was not changed.</source>
        <translation>数据库由更新版本的仓库工作站写入（结构版本 %1）。请升级本程序；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>The database cannot be reached or is busy. Try again; nothing was saved.</source>
        <translation>数据库无法连接或正忙。请重试；本次操作未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="27"/>
        <source>%1 counted of %2 is more than plausible (at most %3): count again.</source>
        <translation>%2 清点 %1 件，超出合理范围（最多 %3 件）：请重新清点。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="41"/>
        <location filename="../../ui/stock_errors.py" line="58"/>
        <source>Still to sign: %1.</source>
        <translation>尚待签字：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="48"/>
        <source>%1 is posted already.</source>
        <translation>%1 已过账。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="51"/>
        <source>%1 is not posted yet: sign and post it first.</source>
        <translation>%1 尚未过账：请先签字并过账。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="55"/>
        <source>No inbound order %1.</source>
        <translation>没有入库单 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="59"/>
        <source>%1 exists but is no receiving area: change [receiving].receiving_bin.</source>
        <translation>%1 已存在，但不是收货区：请修改 [receiving].receiving_bin。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="67"/>
        <location filename="../../ui/stock_errors.py" line="154"/>
        <source>the keeper (保管员)</source>
        <translation>保管员</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="68"/>
        <location filename="../../ui/stock_errors.py" line="155"/>
        <source>the supervisor (仓库主管)</source>
        <translation>仓库主管</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="75"/>
        <source>Unknown barcode %1: nothing counted. Put it aside.</source>
        <translation>未知条码 %1：未清点。请放到一边。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="78"/>
        <source>%1 is not on this delivery note: wrong specification (错规格). Put it aside; Ctrl+D records it.</source>
        <translation>%1 不在这张送货单上：错规格。请放到一边；按 Ctrl+D 记录。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="82"/>
        <source>%1 is on the note: scan it to count it.</source>
        <translation>%1 在送货单上：请扫描清点。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="85"/>
        <source>Fewer of %1 were counted than you take back.</source>
        <translation>%1 的清点数少于要撤回的数量。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="88"/>
        <source>Counting of %1 is finished.</source>
        <translation>%1 已清点完毕。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="89"/>
        <source>Finish counting %1 first (Enter).</source>
        <translation>请先结束 %1 的清点（回车）。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="92"/>
        <source>Nothing on %1 matches the note: there is nothing to sign for.</source>
        <translation>%1 没有与送货单相符的货品：无可签收。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="95"/>
        <source>%1 is not an inbound order (入库单).</source>
        <translation>%1 不是入库单。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="98"/>
        <source>This delivery note is entered already: %1.</source>
        <translation>这张送货单已录入：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="103"/>
        <source>Receiving refused this.</source>
        <translation>收货操作被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="113"/>
        <source>All %1 of this order are put away.</source>
        <translation>本单的 %1 已全部上架。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="117"/>
        <source>Only %1 of %2 wait for putaway.</source>
        <translation>%2 只有 %1 件待上架。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="122"/>
        <source>Unknown barcode %1.</source>
        <translation>未知条码 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="123"/>
        <source>%1 was not received on this order.</source>
        <translation>%1 不是本入库单收的货。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="126"/>
        <source>There is no bin %1.</source>
        <translation>没有库位 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="127"/>
        <source>Bin %1 is in another warehouse.</source>
        <translation>库位 %1 属于另一个仓库。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="130"/>
        <source>%1 is no pick or reserve bin (defective, sample or other store): goods are not put away there.</source>
        <translation>%1 不是拣货位或存储位（次品仓、样品区等）：货品不能上架到这里。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="134"/>
        <source>Bin %1 is not in use.</source>
        <translation>库位 %1 已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="135"/>
        <source>QC rejected this delivery whole (R-QC-3): it goes back to the supplier, not to a bin.</source>
        <translation>质检已整批拒收（R-QC-3）：退回供应商，不上架。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="141"/>
        <source>Putaway refused this.</source>
        <translation>上架操作被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="148"/>
        <source>This person may not sign here: the keeper and the warehouse supervisor sign the inbound order.</source>
        <translation>此人不能在此签字：入库单由保管员和仓库主管签字。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="152"/>
        <source>One person signs once: the second signature is someone else&apos;s.</source>
        <translation>一人只能签一次：第二个签字须由另一人完成。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="155"/>
        <source>Signed in that capacity already.</source>
        <translation>该项签字已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="159"/>
        <source>No signature of that kind is needed here.</source>
        <translation>此处不需要这种签字。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="165"/>
        <source>The signature was refused.</source>
        <translation>签字被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="172"/>
        <source>The delivery note has problems.</source>
        <translation>送货单有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="174"/>
        <source>column %2 is missing</source>
        <translation>缺少“%2”列</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="175"/>
        <source>%2 is empty</source>
        <translation>%2为空</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="176"/>
        <source>%2 %3 is not a whole number</source>
        <translation>%2“%3”不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="177"/>
        <source>%2 must be at least 1</source>
        <translation>%2至少为 1</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="178"/>
        <source>%2 %3 is more than plausible</source>
        <translation>%2 %3 超出合理范围</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="179"/>
        <source>no product %3</source>
        <translation>没有商品 %3</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="180"/>
        <source>%2 %3 differs from the rows before</source>
        <translation>%2“%3”与前面各行不同</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="181"/>
        <source>no lines</source>
        <translation>没有明细行</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="182"/>
        <source>the file ends inside this row</source>
        <translation>文件在这一行中途结束</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="183"/>
        <source>more cells than columns (a comma inside a value?)</source>
        <translation>单元格多于列数（内容里有逗号？）</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="188"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="189"/>
        <source>note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="190"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="191"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="203"/>
        <source>row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="209"/>
        <source> … and %1 more</source>
        <translation> … 另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../ui/receiving_errors.py" line="214"/>
        <source>Nothing was created. </source>
        <translation>未创建任何单据。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="21"/>
        <source>%1 has only %2 of %3 to spare, not %4. Nothing was changed.</source>
        <translation>%1 的 %3 可用只有 %2 件，不够 %4 件。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="31"/>
        <source>Bin %1 is not in zone %2, the zone being counted: count it in its own zone.</source>
        <translation>库位 %1 不在正在盘点的区域 %2：请在其所属区域盘点。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="40"/>
        <source>Bin %1 is not in warehouse %2.</source>
        <translation>库位 %1 不在 %2 仓。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="64"/>
        <source>%1 is posted already: it is never changed.</source>
        <translation>%1 已过账：不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="78"/>
        <source>Scan bin %1 first, then its items.</source>
        <translation>请先扫描库位 %1，再扫描其中的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="82"/>
        <source>A count is never below zero: %1 was not counted that often here.</source>
        <translation>盘点数量不能小于零：此处 %1 没有盘到这么多。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="87"/>
        <source>%1 units of %2 in one bin is not plausible: count again.</source>
        <translation>一个库位里有 %1 件 %2 不合常理：请重新清点。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="94"/>
        <source>%1 is another kind of document.</source>
        <translation>%1 是其他类型的单据。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="98"/>
        <source>This is %1 already: that step is over.</source>
        <translation>已经是%1状态：这一步已结束。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="102"/>
        <source>%1 is no pick or reserve bin: the goods go where they are sold from.</source>
        <translation>%1 不是拣货位或存储位：货物应放在可销售发货的库位。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="106"/>
        <source>A transfer goes to the other warehouse: choose two warehouses.</source>
        <translation>调拨要调往另一个仓库：请选择两个不同的仓库。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="109"/>
        <source>The sender signs first, when the goods leave; then the receiver.</source>
        <translation>货物发出时先由发货方签字，然后收货方签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="112"/>
        <source>Receiver: scan the bin the goods go to, then sign.</source>
        <translation>收货仓管：请先扫描货物放入的库位，再签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="115"/>
        <source>This count is finished: no more scans. Start a new count.</source>
        <translation>此盘点单已完成：不能再扫描。请开始新的盘点。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="118"/>
        <source>The count is blind until it is finished: finish it to see the variances.</source>
        <translation>盘点完成前为盲盘：完成后才能看到差异。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="122"/>
        <source>Give the reason first (what happened, what is wrong).</source>
        <translation>请先填写原因（发生了什么，问题是什么）。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="125"/>
        <source>These goods are in the defective store already.</source>
        <translation>这些货物已经在次品仓。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="128"/>
        <source>Not claimed in time: the goods are back on normal sale.</source>
        <translation>未按时提货：货物已恢复正常销售。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="132"/>
        <source>Refused: %1.</source>
        <translation>已拒绝：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="140"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="141"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="142"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="143"/>
        <source>held</source>
        <translation>囤货中</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="144"/>
        <source>claimed</source>
        <translation>已提货</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="145"/>
        <source>back on sale</source>
        <translation>已恢复销售</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="152"/>
        <source>the sender (发货仓管)</source>
        <translation>发货仓管</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="153"/>
        <source>the receiver (收货仓管)</source>
        <translation>收货仓管</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="156"/>
        <source>QC (质检)</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="165"/>
        <source>One person signs once: %1 must be someone else.</source>
        <translation>一人只能签一次：%1 须由另一人签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="169"/>
        <source>%1 has signed already.</source>
        <translation>%1 已签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="173"/>
        <source>Your role may not sign as %1.</source>
        <translation>您的岗位不能以%1身份签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="177"/>
        <source>This account is disabled: it cannot sign.</source>
        <translation>此账号已停用：不能签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="180"/>
        <source>No signature as %1 is needed here.</source>
        <translation>此单据不需要%1签字。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="188"/>
        <source>No warehouse %1.</source>
        <translation>没有仓库 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="189"/>
        <source>No zone %1 in this warehouse.</source>
        <translation>此仓库没有区域 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="190"/>
        <source>That reservation is gone: refresh the list.</source>
        <translation>该囤货记录已不存在：请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_errors.py" line="68"/>
        <source>No document %1.</source>
        <translation>没有单据 %1。</translation>
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
    <name>LoansPanel</name>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="89"/>
        <source>Samples out (due back in %1 days; overdue in red: recall)</source>
        <translation>借出的样品（%1 天内归还；红色为逾期：请收回）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="94"/>
        <source>Slip</source>
        <translation>调拨单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="94"/>
        <location filename="../../ui/widgets/books_loans.py" line="105"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="94"/>
        <source>Style, colour, size</source>
        <translation>款号、颜色、尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="94"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="95"/>
        <source>Taker</source>
        <translation>领用人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="95"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="95"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="95"/>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="97"/>
        <source>Scans return samples</source>
        <translation>扫描即归还样品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="98"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="99"/>
        <source>New due YYYY-MM-DD</source>
        <translation>新归还日期 年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="100"/>
        <source>Reason for the extension</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="101"/>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="102"/>
        <source>Announce overdue</source>
        <translation>通知逾期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="103"/>
        <source>New products past the photo deadline (R-NEW-3)</source>
        <translation>超过拍照期限的新品（R-NEW-3）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="105"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="105"/>
        <source>Put away</source>
        <translation>上架时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="105"/>
        <source>Photos due</source>
        <translation>拍照截止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="106"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="108"/>
        <source>SKU whose photos are published</source>
        <translation>已发布照片的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="109"/>
        <source>Photos published</source>
        <translation>照片已发布</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="147"/>
        <source>Choose a sample in the list first.</source>
        <translation>请先在列表中选择样品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="166"/>
        <source>%1 × %2 back from %3 (slip %4).</source>
        <translation>%1 × %2 已由 %3 归还（调拨单 %4）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="181"/>
        <source>Type the new due date as YYYY-MM-DD.</source>
        <translation>新归还日期请写成 年-月-日。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="193"/>
        <source>%1 extended until %2.</source>
        <translation>%1 已延期至 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="202"/>
        <source>%1 overdue sample(s) announced in the group chat.</source>
        <translation>已在群里通知 %1 件逾期样品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_loans.py" line="217"/>
        <source>Photos of %1 recorded as published.</source>
        <translation>已记录 %1 的照片已发布。</translation>
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
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Warehouse Station - %1</source>
        <translation>仓库工作站 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Scanned %1: this screen takes no scans</source>
        <translation>已扫描 %1：本页面不处理扫描</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="51"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="56"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="59"/>
        <source>Audit</source>
        <translation>审单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="63"/>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="69"/>
        <source>Picking</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="73"/>
        <source>Sort</source>
        <translation>二次分拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="75"/>
        <source>Verify</source>
        <translation>验货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="77"/>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="78"/>
        <source>Weigh</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="81"/>
        <source>Labels</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="86"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="90"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="96"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="104"/>
        <source>Receiving</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="108"/>
        <source>QC</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="110"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="114"/>
        <source>Stock operations</source>
        <translation>库存作业</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="118"/>
        <source>Books</source>
        <translation>账务单据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="121"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="127"/>
        <source>Stations</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="107"/>
        <source>New delivery note (送货单)</source>
        <translation>新送货单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="108"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="109"/>
        <source>Note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="110"/>
        <location filename="../../ui/widgets/receiving_note_form.py" line="116"/>
        <source>SKU or barcode</source>
        <translation>SKU 或条码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="111"/>
        <location filename="../../ui/widgets/receiving_note_form.py" line="116"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="112"/>
        <source>Add line (Enter)</source>
        <translation>添加一行（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="113"/>
        <source>Make the inbound order (Ctrl+S)</source>
        <translation>生成入库单（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="114"/>
        <source>Import the supplier&apos;s file (Ctrl+O)</source>
        <translation>导入供应商文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_note_form.py" line="115"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>NoteSignMixin</name>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="30"/>
        <source>New delivery note: supplier, note number, then the lines; Ctrl+S makes it.</source>
        <translation>新送货单：填写供应商、送货单号，再录入明细；Ctrl+S 生成入库单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="56"/>
        <source>The supplier&apos;s delivery note</source>
        <translation>供应商送货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="58"/>
        <source>Delivery notes (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>送货单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="86"/>
        <source>Inbound order %1 made: %2 lines, %3 units on the note.</source>
        <translation>已生成入库单 %1：%2 行，送货单共 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="90"/>
        <source>Scan the goods.</source>
        <translation>请扫描货品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="130"/>
        <source>Open the inbound order first, then sign.</source>
        <translation>请先打开入库单，再签字。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="140"/>
        <source>Signed by %1.</source>
        <translation>%1 已签字。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="156"/>
        <source>The inbound order and its finance copy are printing.</source>
        <translation>入库单及财务联正在打印。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="158"/>
        <source>Not printed: %1 (Ctrl+Shift+P)</source>
        <translation>未打印：%1（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="160"/>
        <source>Posted: %1 units into %2; the arrival is announced.</source>
        <translation>已过账：%1 件入 %2；到货通知已发出。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_steps.py" line="177"/>
        <source>The inbound order %1 is printing.</source>
        <translation>入库单 %1 正在打印。</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <location filename="../../ui/screens/notices.py" line="55"/>
        <source>Arrival</source>
        <translation>到货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="57"/>
        <source>Putaway done</source>
        <translation>上架完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="59"/>
        <source>Restock</source>
        <translation>补货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="61"/>
        <source>Sample overdue</source>
        <translation>样品逾期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="63"/>
        <source>Return to supplier</source>
        <translation>次品退厂</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="65"/>
        <source>Delivery rejected by QC</source>
        <translation>质检拒收</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <location filename="../../ui/screens/notices.py" line="116"/>
        <source>Send now (%1)</source>
        <translation>立即发送 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="117"/>
        <source>Test message (%1)</source>
        <translation>发送测试消息 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="120"/>
        <source>Written</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="122"/>
        <source>Notice</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="123"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="124"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="125"/>
        <source>Sent / next try</source>
        <translation>发送时间 / 下次重试</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="126"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="167"/>
        <location filename="../../ui/screens/notices.py" line="178"/>
        <location filename="../../ui/screens/notices.py" line="251"/>
        <source>The sender is not running at this station.</source>
        <translation>本工作站未运行通知发送程序。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="172"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="184"/>
        <source>Test notice</source>
        <translation>测试通知</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="185"/>
        <source>From station %1 (%2), sent by %3.</source>
        <translation>来自工作站 %1（%2），由 %3 发送。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="187"/>
        <source>Posting a test message…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="200"/>
        <source>The group chat received the test message.</source>
        <translation>群聊已收到测试消息。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="202"/>
        <source>The test message did not arrive: %1</source>
        <translation>测试消息未送达：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="210"/>
        <source>%1 waiting notice(s) tried now.</source>
        <translation>已立即重试 %1 条待发通知。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="223"/>
        <source>No webhook is set ([notices].webhook_url): notices are only listed here; none is posted to the group chat.</source>
        <translation>未设置群机器人 Webhook（[notices].webhook_url）：通知只在此列出，不会发到群聊。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="230"/>
        <source>The shared server cannot be reached: no notice is sent from this station now. The list is this station&apos;s copy.</source>
        <translation>无法连接共享服务器：本工作站暂不发送通知。下表为本机副本。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="236"/>
        <source>Sending the notices failed: %1</source>
        <translation>发送通知出错：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="246"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="246"/>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="248"/>
        <source>Notices go to the group chat (%1 robot at %2).</source>
        <translation>通知发往群聊（%1 机器人，%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="255"/>
        <source>%1 waiting, %2 of them failed the last try.</source>
        <translation>%1 条待发送，其中 %2 条上次发送失败。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="273"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="275"/>
        <source>being sent</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="278"/>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="281"/>
        <source>failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../ui/screens/notices.py" line="281"/>
        <source>waiting</source>
        <translation>等待发送</translation>
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
    <name>PinSignature</name>
    <message>
        <location filename="../../ui/widgets/receiving_sign.py" line="32"/>
        <source>Sign with PIN:</source>
        <translation>用 PIN 签字：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_sign.py" line="33"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_sign.py" line="34"/>
        <source>PIN, then Enter</source>
        <translation>PIN，然后回车</translation>
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
        <location filename="../../ui/errors.py" line="190"/>
        <source>Connection refused: the printer is off or the port is wrong.</source>
        <translation>拒绝连接：打印机未开机，或端口不对。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>Cannot reach the printer: nothing answers at that address (check the network, cable or port).</source>
        <translation>无法连接打印机：该地址没有回应（请检查网络、线缆或端口）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197"/>
        <source>The address cannot be used: unknown host, or not in the form host:port.</source>
        <translation>地址无效：找不到该主机，或格式不是“主机:端口”。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>No response: the printer did not answer in time (some printers go silent in an error state).</source>
        <translation>无响应：打印机没有按时回答（有些打印机出错时不作回应）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>The printer dropped the connection.</source>
        <translation>打印机断开了连接。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The printer or the spooler refused the job.</source>
        <translation>打印机或打印服务拒绝了该任务。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>The folder cannot be written.</source>
        <translation>无法写入该文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
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
        <location filename="../../ui/errors.py" line="221"/>
        <source>paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="223"/>
        <source>print head open</source>
        <translation>打印头打开</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="224"/>
        <source>cover open</source>
        <translation>盖子打开</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="225"/>
        <source>ribbon out</source>
        <translation>缺碳带</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="226"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>buffer full</source>
        <translation>缓存已满</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>overheated</source>
        <translation>过热</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>too cold</source>
        <translation>温度过低</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
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
    <name>PutawayMixin</name>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="37"/>
        <source>Bin %1: scan the items that go in it.</source>
        <translation>库位 %1：请扫描要放入的货品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="45"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="47"/>
        <source>%1: now scan its bin.</source>
        <translation>%1：请扫描库位。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="48"/>
        <source>%1 wait for putaway · it lies in: %2</source>
        <translation>%1 件待上架 · 现存库位：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="67"/>
        <source>Everything of %1 is put away.</source>
        <translation>%1 已全部上架。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="72"/>
        <source>✓ %1 × %2 into %3</source>
        <translation>✓ %1 × %2 放入 %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="76"/>
        <source>%1 of this item, %2 in all, still wait.</source>
        <translation>此货品还有 %1 件、全单共 %2 件待上架。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="84"/>
        <source>The putaway and the best-seller&apos;s restock are announced to sales and product.</source>
        <translation>上架完成及畅销款补货已通知销售部和产品部。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="86"/>
        <source>The putaway is announced to the product team.</source>
        <translation>上架完成已通知产品部。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="90"/>
        <source>Scan the items for bin %1 (Esc: another bin).</source>
        <translation>请扫描放入库位 %1 的货品（Esc：换库位）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="93"/>
        <source>Put away: scan an item then its bin, or a bin then its items.</source>
        <translation>上架：先扫货品再扫库位，或先扫库位再扫货品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="97"/>
        <source> · item %1 waits for its bin</source>
        <translation> · 货品 %1 等待扫描库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving_putaway.py" line="99"/>
        <source> · bin %1</source>
        <translation> · 库位 %1</translation>
    </message>
</context>
<context>
    <name>QcDeliveryView</name>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="53"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="53"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="53"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="53"/>
        <source>Delivered</source>
        <translation>到货数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="54"/>
        <source>Rounds (drawn/passed)</source>
        <translation>各轮（抽检/合格）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="54"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_delivery.py" line="61"/>
        <source>Scan an inbound order number, or pick one</source>
        <translation>请扫描入库单号，或从列表中选择</translation>
    </message>
</context>
<context>
    <name>QcMeasurePanel</name>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="95"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="95"/>
        <source>Colour / size</source>
        <translation>颜色 / 尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="95"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="96"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="98"/>
        <source>One measurement a line, e.g.  罐高: 12 cm</source>
        <translation>每行一项尺寸，例如  罐高: 12 cm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="99"/>
        <source>Save measurements (Ctrl+Enter)</source>
        <translation>保存尺寸（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="120"/>
        <source>LATE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="120"/>
        <source>to measure</source>
        <translation>待测量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="154"/>
        <source>Scan a new product, or pick it and press Enter</source>
        <translation>请扫描新品，或选中后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="157"/>
        <source>Measure %1 (due by %2)</source>
        <translation>测量 %1（截止 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="162"/>
        <source>Scan the new product first.</source>
        <translation>请先扫描新品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="173"/>
        <source>Saved: %1, %2 measurements.</source>
        <translation>已保存：%1，共 %2 项尺寸。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/qc_measure_panel.py" line="176"/>
        <source>Late: it was due by %1.</source>
        <translation>已逾期：应于 %1 前测好。</translation>
    </message>
</context>
<context>
    <name>QcScreen</name>
    <message>
        <location filename="../../ui/screens/qc.py" line="124"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="125"/>
        <source>Inbound order number, item, or badge</source>
        <translation>入库单号、商品或工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="126"/>
        <source>Sampling (R-QC)</source>
        <translation>抽检（R-QC）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="127"/>
        <source>New products: sizes (R-NEW-3)</source>
        <translation>新品：测量尺寸（R-NEW-3）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="130"/>
        <source>Scan the inbound order (or pick it, Enter), then an item · type the defective units, Enter · defective units: QC and the keeper scan their badges · Esc: another item</source>
        <translation>扫描入库单（或选中后按回车），再扫描商品 · 输入次品件数，回车 · 次品：质检员和库管员扫描工牌 · Esc：换一个商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="198"/>
        <source>Nothing is signed for on %1 yet: nothing to inspect.</source>
        <translation>%1 还没有签收数量：无需检验。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="204"/>
        <source>%1 was rejected whole (R-QC-3).</source>
        <translation>%1 已整单退货（R-QC-3）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="205"/>
        <source>It goes back to the supplier: nothing more to inspect.</source>
        <translation>整单退回供应商：无需再检验。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="208"/>
        <source>QC of %1 is finished.</source>
        <translation>%1 的质检已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="211"/>
        <source>%1: scan an item (%2 still to inspect).</source>
        <translation>%1：请扫描商品（还有 %2 个待检）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="219"/>
        <source>Scan the inbound order number first.</source>
        <translation>请先扫描入库单号。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="249"/>
        <source>Type how many of the %1 units are defective (0 if none), then Enter.</source>
        <translation>请输入这 %1 件中的次品件数（没有则输入 0），然后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="256"/>
        <source>Only %1 units were inspected: %2 cannot be defective.</source>
        <translation>只检验了 %1 件：次品不可能是 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="285"/>
        <source>No transfer slip waits for a signature here.</source>
        <translation>这里没有待签字的移库单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="301"/>
        <source>Slip %1 signed by %2: %3 units moved to the defective store.</source>
        <translation>移库单 %1 已由 %2 签字：%3 件已移入次品仓。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="309"/>
        <source>Slip %1 signed by %2.</source>
        <translation>移库单 %1 已由 %2 签字。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="320"/>
        <source>Scan the next item.</source>
        <translation>请扫描下一个商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="353"/>
        <source>Defective among the %1 inspected:</source>
        <translation>已检 %1 件中的次品件数：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/qc.py" line="379"/>
        <source>%1 · %2 · %3/%4 items done</source>
        <translation>%1 · %2 · 已检 %3/%4 个商品</translation>
    </message>
</context>
<context>
    <name>ReceivingLinesTable</name>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="46"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="47"/>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="48"/>
        <source>Colour / size</source>
        <translation>颜色 / 规格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="49"/>
        <source>Note</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="50"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="51"/>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="52"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="53"/>
        <source>To put away</source>
        <translation>待上架</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="54"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="67"/>
        <source>short %1</source>
        <translation>短少 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="68"/>
        <source>%1 over, not signed for</source>
        <translation>多出 %1，未签收</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/receiving_lines.py" line="69"/>
        <source>not on the note, not signed for</source>
        <translation>错规格，未签收</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../ui/screens/receiving.py" line="151"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="153"/>
        <source>Inbound order or note number, goods, badges, bins (digits first: a carton)</source>
        <translation>入库单号或送货单号、货品、工牌、库位（先输数字：整箱）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="155"/>
        <source>Open orders (Ctrl+F, Enter opens)</source>
        <translation>未完成的入库单（Ctrl+F，回车打开）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="158"/>
        <source>Ctrl+N new note · Ctrl+O import file · 24 then scan: a carton · Enter: finish counting, then post · Ctrl+Z undo · Ctrl+D not on the note · badge or Ctrl+P: sign · Ctrl+Shift+P print order · Ctrl+L labels · putaway: item then bin, or bin then items · Esc</source>
        <translation>Ctrl+N 新送货单 · Ctrl+O 导入文件 · 先输 24 再扫描：整箱 · 回车：结束清点，然后过账 · Ctrl+Z 撤回 · Ctrl+D 送货单外商品 · 刷工牌或 Ctrl+P：签字 · Ctrl+Shift+P 打印入库单 · Ctrl+L 条码 · 上架：先货品后库位，或先库位后货品 · Esc</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="228"/>
        <source>Open an inbound order first.</source>
        <translation>请先打开入库单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="233"/>
        <source>%1 is a bin: goods are put away after posting.</source>
        <translation>%1 是库位：过账后再上架。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="238"/>
        <source>Quantity %1: now scan the carton.</source>
        <translation>数量 %1：请扫描整箱货品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="245"/>
        <source>Counting is finished: sign, then post.</source>
        <translation>清点已结束：请签字，然后过账。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="289"/>
        <source>%1 · %2 · note %3</source>
        <translation>%1 · %2 · 送货单 %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="327"/>
        <source>Scan an inbound order or a note number, choose one (Ctrl+F), or Ctrl+N for a new note.</source>
        <translation>请扫描入库单号或送货单号，或从列表选择（Ctrl+F），或按 Ctrl+N 新建送货单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="332"/>
        <source>To sign: %1 — scan the badge, or Ctrl+P.</source>
        <translation>待签字：%1 —— 请刷工牌，或按 Ctrl+P。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="337"/>
        <source>%1 more on the note; Enter when counting is done.</source>
        <translation>送货单上还有 %1 件；清点完毕请按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="343"/>
        <source>Both signed: press Enter to post.</source>
        <translation>双方已签字：按回车过账。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="346"/>
        <source>Everything is put away.</source>
        <translation>已全部上架。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="352"/>
        <source>No inbound order open</source>
        <translation>未打开入库单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="355"/>
        <source>counting</source>
        <translation>清点中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="356"/>
        <source>signing</source>
        <translation>待签字</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="357"/>
        <source>ready to post</source>
        <translation>待过账</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="358"/>
        <source>putaway</source>
        <translation>上架中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="359"/>
        <source>put away</source>
        <translation>已上架</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="360"/>
        <source>cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="363"/>
        <source>%1 · %2 · note %3 · %4 · counted %5 of %6</source>
        <translation>%1 · %2 · 送货单 %3 · %4 · 已清点 %5 / %6</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="372"/>
        <source> · %1 to put away</source>
        <translation> · 待上架 %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="374"/>
        <source> · next scan: %1 units</source>
        <translation> · 下次扫描：%1 件</translation>
    </message>
</context>
<context>
    <name>ReservationsPanel</name>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="86"/>
        <location filename="../../ui/widgets/stock_reservations.py" line="95"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="87"/>
        <source>Scan or type</source>
        <translation>扫描或输入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="88"/>
        <location filename="../../ui/widgets/stock_reservations.py" line="98"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="89"/>
        <location filename="../../ui/widgets/stock_reservations.py" line="99"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="90"/>
        <source>Reserve</source>
        <translation>囤货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="91"/>
        <source>Claimed by the customer</source>
        <translation>客户已提货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="92"/>
        <source>Cancel reservation</source>
        <translation>取消囤货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="96"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="97"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="100"/>
        <source>Reserved by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="101"/>
        <source>Reserved</source>
        <translation>囤货时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="102"/>
        <source>Back on sale</source>
        <translation>恢复销售时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="122"/>
        <source>%1 reservation(s) not claimed in %2 days are back on normal sale.</source>
        <translation>%1 笔囤货超过 %2 天未提，已恢复正常销售。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="155"/>
        <source>A reservation is by SKU: scan the item.</source>
        <translation>囤货按 SKU 登记：请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="160"/>
        <source>%1: the units and the customer, then Enter.</source>
        <translation>%1：填写件数和客户，然后回车。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="187"/>
        <source>%1 × %2 reserved for %3 until %4.</source>
        <translation>%1 × %2 已为 %3 囤货，保留至 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="199"/>
        <source>%1 × %2 claimed by %3.</source>
        <translation>%1 × %2 已由 %3 提货。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="202"/>
        <source>Reservation of %1 × %2 for %3 cancelled: back on sale.</source>
        <translation>%3 的囤货 %1 × %2 已取消：恢复销售。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="207"/>
        <source>Choose a reservation in the list first.</source>
        <translation>请先在列表中选择一笔囤货。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="223"/>
        <source>Reservations are not signed.</source>
        <translation>囤货无需签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_reservations.py" line="226"/>
        <source>Reservations have no document number.</source>
        <translation>囤货没有单号。</translation>
    </message>
</context>
<context>
    <name>ReturnHeader</name>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="47"/>
        <source>Scan the returned parcel&apos;s waybill or order number</source>
        <translation>请扫描退回包裹的快递单号或订单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="53"/>
        <source>%1 shipped %2, back before %3, now %4</source>
        <translation>%1 发出 %2，此前退回 %3，本次 %4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="61"/>
        <source>Order %1 · %2 · %3 · %4 · %5</source>
        <translation>订单 %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="72"/>
        <source>COUNT · reason: %1 · then the clerk&apos;s badge</source>
        <translation>清点 · 原因：%1 · 然后刷文员工牌</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="75"/>
        <source>QC · decision: %1 · then the QC badge</source>
        <translation>质检 · 判定：%1 · 然后刷质检工牌</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="78"/>
        <source>SIGNED · Enter posts</source>
        <translation>已签字 · 回车过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="79"/>
        <source>POSTED %1</source>
        <translation>已过账 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="80"/>
        <source>CANCELLED %1</source>
        <translation>已作废 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="86"/>
        <source>Clerk: %1 · QC: %2</source>
        <translation>文员：%1 · 质检：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="89"/>
        <source>sent instead: %1</source>
        <translation>改发：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="97"/>
        <source>Posted %1: %2 back to stock, %3 to the defective store, %4 refused.</source>
        <translation>%1 已过账：%2 件回库，%3 件入次品仓，%4 件拒收。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="104"/>
        <source>Exchange order %1 (换货) is waiting for the order clerk.</source>
        <translation>换货订单 %1 等待打单员处理。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="107"/>
        <source>A refund notice is queued for the next step.</source>
        <translation>退款通知已排队发送给下一环节。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_header.py" line="108"/>
        <source>Nothing accepted: the goods go back to the customer.</source>
        <translation>没有接收的商品：货物退回客户。</translation>
    </message>
</context>
<context>
    <name>ReturnLinesTable</name>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="76"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="77"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="78"/>
        <source>Colour and size</source>
        <translation>颜色尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="79"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="80"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="81"/>
        <source>QC</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="82"/>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_lines.py" line="98"/>
        <source>back to the customer</source>
        <translation>退回客户</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <location filename="../../ui/screens/returns.py" line="119"/>
        <source>Customer returns</source>
        <translation>客户退货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="120"/>
        <source>Supplier returns</source>
        <translation>次品退厂</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="121"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="122"/>
        <source>Waybill or order number of the returned parcel</source>
        <translation>退回包裹的快递单号或订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="125"/>
        <source>Counting: Ctrl+1 quality · Ctrl+2 wrong size/model · Ctrl+3 wrong colour · Ctrl+4 customer damage · Ctrl+Z: take the last unit back · QC: Ctrl+1 resellable · Ctrl+2 defective · Ctrl+3 refused · badge or Ctrl+P: sign · Ctrl+E: refund/exchange · Enter: post · Esc: put aside · Ctrl+Del: cancel this return</source>
        <translation>清点：Ctrl+1 质量问题 · Ctrl+2 尺码/型号不对 · Ctrl+3 颜色不对 · Ctrl+4 客户损坏 · Ctrl+Z：撤回上一件 · 质检：Ctrl+1 可再售 · Ctrl+2 次品 · Ctrl+3 拒收 · 刷工牌或 Ctrl+P：签字 · Ctrl+E：退款/换货 · 回车：过账 · Esc：暂放 · Ctrl+Del：作废本退货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="197"/>
        <source>Order %1 is back: scan each returned item.</source>
        <translation>订单 %1 已退回：逐件扫描退回的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="199"/>
        <source>Return %1 resumed.</source>
        <translation>继续处理退货单 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="210"/>
        <source>%1 counted: %2.</source>
        <translation>%1 已清点：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="214"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="219"/>
        <source>%1 goes out instead.</source>
        <translation>改发 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="221"/>
        <source>Signed by clerk and QC: press Enter to post.</source>
        <translation>文员和质检已签字：按回车过账。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="237"/>
        <source>QC: scan the units that are %1.</source>
        <translation>质检：扫描判定为「%1」的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="244"/>
        <source>Reason: %1. Scan the items.</source>
        <translation>原因：%1。请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="252"/>
        <source>Count a unit first, then choose refund or exchange.</source>
        <translation>请先清点一件，再选择退款或换货。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="268"/>
        <source>Nothing to take back.</source>
        <translation>没有可撤回的。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="282"/>
        <source>Taken back.</source>
        <translation>已撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="301"/>
        <source>Nothing to sign here now.</source>
        <translation>现在没有需要签字的。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="312"/>
        <source>Count signed by %1. QC: scan each unit with its decision.</source>
        <translation>清点已由 %1 签字。质检：逐件扫描并判定。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="314"/>
        <source>QC signed by %1. Press Enter to post.</source>
        <translation>质检已由 %1 签字。按回车过账。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="322"/>
        <source>Both signatures first: the clerk&apos;s, then QC&apos;s.</source>
        <translation>需先签字：先文员，再质检。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="338"/>
        <source>Put aside: scan the next returned parcel.</source>
        <translation>已暂放：请扫描下一个退回包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/returns.py" line="352"/>
        <source>Return %1 cancelled.</source>
        <translation>退货单 %1 已作废。</translation>
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
    <name>SlipPanel</name>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="77"/>
        <source>New sample slip (样品调拨单): scan the items</source>
        <translation>新样品调拨单：请扫描商品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="79"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="79"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="79"/>
        <source>Style, colour, size</source>
        <translation>款号、颜色、尺码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="79"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="81"/>
        <source>Extension asked for</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="82"/>
        <source>Note (or the reason when cancelling)</source>
        <translation>备注（作废时填写原因）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="83"/>
        <source>Make the slip</source>
        <translation>生成调拨单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="84"/>
        <source>Post</source>
        <translation>过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="92"/>
        <source>Slip %1 is made: sign and post it, or Esc to cancel it.</source>
        <translation>调拨单 %1 已生成：请签字并过账，或按 Esc 作废。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="107"/>
        <source>%1: %2 unit(s).</source>
        <translation>%1：%2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="128"/>
        <source>Slip %1 cancelled.</source>
        <translation>调拨单 %1 已作废。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="149"/>
        <source>Slip %1 made: the taker and the supervisor sign.</source>
        <translation>调拨单 %1 已生成：请领用人和仓库主管签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="156"/>
        <source>Make the slip first, then sign it.</source>
        <translation>请先生成调拨单，再签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="169"/>
        <source>%1 signed as %2.</source>
        <translation>%1 已作为%2签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="186"/>
        <source>Slip %1 posted: %2 unit(s) to the sample area, due back %3.</source>
        <translation>调拨单 %1 已过账：%2 件移至样品区，应于 %3 归还。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="211"/>
        <source>Slip %1 · still to sign: %2 (scan the badge or type the PIN)</source>
        <translation>调拨单 %1 · 待签字：%2（刷工牌或输入 PIN）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="217"/>
        <source>Slip %1 is signed: Enter posts it.</source>
        <translation>调拨单 %1 已签齐：回车过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/books_samples.py" line="222"/>
        <source>%1 unit(s) scanned: Enter makes the slip.</source>
        <translation>已扫 %1 件：回车生成调拨单。</translation>
    </message>
</context>
<context>
    <name>SortingScreen</name>
    <message>
        <location filename="../../ui/screens/sorting.py" line="117"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="118"/>
        <source>Choose or scan a multi-item batch</source>
        <translation>选择或扫描一单多品批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="119"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="120"/>
        <source>Items (or type a code and Enter)</source>
        <translation>商品（或输入条码后回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="121"/>
        <source>Undo last (%1)</source>
        <translation>撤销上一件（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="157"/>
        <source>Batch %1: %2 orders. Scan an item.</source>
        <translation>批次 %1：%2 单。请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="160"/>
        <source>Only %1 of %2 items are picked so far.</source>
        <translation>目前只拣了 %1 / %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="200"/>
        <location filename="../../ui/screens/sorting.py" line="213"/>
        <source>Scan or choose a multi-item batch first.</source>
        <translation>请先扫描或选择一单多品批次。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="230"/>
        <source>Undone: take %1 back out of slot %2.</source>
        <translation>已撤销：请把 %1 从格口 %2 取回。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="236"/>
        <source>Slot %1 is complete: order %2 can go to packing.</source>
        <translation>格口 %1 已齐：订单 %2 可以去打包。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="245"/>
        <source>Batch %1 is sorted: all %2 orders are complete.</source>
        <translation>批次 %1 分拣完成：%2 单全部齐全。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="253"/>
        <source>No batch open</source>
        <translation>未打开批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="257"/>
        <source>%1 · sorted %2 of %3 items · %4 of %5 orders complete</source>
        <translation>%1 · 已分拣 %2 / %3 件 · %4 / %5 单已齐</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="281"/>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="284"/>
        <source>Taken back: %1</source>
        <translation>已取回：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sorting.py" line="286"/>
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
    <name>StockOpsScreen</name>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="116"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="117"/>
        <source>Bin, item, document number or badge</source>
        <translation>库位、商品、单号或工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="119"/>
        <source>Transfer A ↔ B (调拨)</source>
        <translation>A ↔ B 调拨</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="120"/>
        <source>Cycle count (盘点)</source>
        <translation>循环盘点</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="121"/>
        <source>Damaged goods (移仓 / 拨废)</source>
        <translation>破损商品（移仓 / 拨废）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="122"/>
        <source>Reservations (囤货)</source>
        <translation>囤货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="123"/>
        <source>Open cartons</source>
        <translation>开箱提醒</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="129"/>
        <source>Scan a bin, then items · a document number opens it · a badge signs · Enter on the empty field or CMD:CONFIRM: the next step · Esc or CMD:CANCEL: put it away · CMD:UNDO: take the last counted unit back</source>
        <translation>先扫库位，再扫商品 · 扫单号打开单据 · 扫工牌签字 · 空白处回车或 CMD:CONFIRM：下一步 · Esc 或 CMD:CANCEL：放下 · CMD:UNDO：撤回上一件已盘商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock_ops.py" line="212"/>
        <source>The step failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
</context>
<context>
    <name>StockSigner</name>
    <message>
        <location filename="../../ui/widgets/stock_sign.py" line="33"/>
        <source>Sign: scan the badge, or</source>
        <translation>签字：扫描工牌，或</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_sign.py" line="34"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_sign.py" line="35"/>
        <source>PIN, then Enter</source>
        <translation>PIN，然后回车</translation>
    </message>
</context>
<context>
    <name>SupplierReturnsPanel</name>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="126"/>
        <source>Defective goods back to suppliers (次品退厂单)</source>
        <translation>次品退厂单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="127"/>
        <source>Off sale in the shop</source>
        <translation>网店已下架</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="128"/>
        <source>Supplier of the chosen slip (Ctrl+N)</source>
        <translation>所选退厂单的供应商（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="129"/>
        <source>Name, then Enter</source>
        <translation>输入名称后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="132"/>
        <location filename="../../ui/widgets/returns_supplier.py" line="145"/>
        <source>Slip</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="133"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="134"/>
        <source>Goes back</source>
        <translation>退厂周期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="135"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="136"/>
        <source>Keeper</source>
        <translation>仓管</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="137"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="142"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="143"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="144"/>
        <source>Since</source>
        <translation>下架日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="146"/>
        <source>Good stock</source>
        <translation>良品库存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="147"/>
        <source>Arrived since</source>
        <translation>此后到货</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="152"/>
        <source>Ctrl+M: make today&apos;s slips · ↑↓: choose a slip · Ctrl+N: name its supplier · scan the keeper&apos;s and the supervisor&apos;s badges (Ctrl+P: PIN) · Ctrl+Enter: post · Ctrl+L: the chosen SKU back on sale (supervisor)</source>
        <translation>Ctrl+M：生成今天的退厂单 · ↑↓：选择退厂单 · Ctrl+N：填写供应商 · 刷仓管和主管的工牌（Ctrl+P：PIN）· Ctrl+回车：过账 · Ctrl+L：所选 SKU 重新上架（主管）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="177"/>
        <source>Unknown supplier: name it before posting</source>
        <translation>供应商不明：过账前请填写</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="189"/>
        <source>daily (factory)</source>
        <translation>每日（工厂）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="189"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="242"/>
        <source>%1 goes back to %2.</source>
        <translation>%1 退回 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="257"/>
        <source>%1 slip(s) made: sign and post each.</source>
        <translation>已生成 %1 张退厂单：请逐张签字并过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="260"/>
        <source>Nothing new to send back today.</source>
        <translation>今天没有新的次品需要退厂。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="286"/>
        <source>Choose a slip first (Ctrl+M makes today&apos;s).</source>
        <translation>请先选择退厂单（Ctrl+M 生成今天的）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="298"/>
        <source>%1 signed %2.</source>
        <translation>%1 已在 %2 上签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="302"/>
        <source>%1 is signed: Ctrl+Enter posts it.</source>
        <translation>%1 已签齐：Ctrl+回车过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="317"/>
        <source>Posted %1: %2 unit(s) back to %3.</source>
        <translation>%1 已过账：%2 件退回 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="321"/>
        <source>Their SKUs are off sale in the shop until the replacement arrives.</source>
        <translation>相关 SKU 已在网店下架，补货到后再上架。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/returns_supplier.py" line="336"/>
        <source>%1 is on sale again.</source>
        <translation>%1 已重新上架。</translation>
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
    <name>TransferPanel</name>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="95"/>
        <source>From warehouse</source>
        <translation>调出仓库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="96"/>
        <source>To warehouse</source>
        <translation>调入仓库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="97"/>
        <source>Units per scan</source>
        <translation>每次扫描件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="98"/>
        <source>Raise transfer</source>
        <translation>开调拨单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="99"/>
        <source>Post (clerk)</source>
        <translation>过账（文员）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="100"/>
        <source>Open transfers (click or scan the number)</source>
        <translation>未完成的调拨单（点击或扫描单号）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="102"/>
        <source>SKU or barcode</source>
        <translation>SKU 或条码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="102"/>
        <location filename="../../ui/widgets/stock_transfer.py" line="112"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="102"/>
        <location filename="../../ui/widgets/stock_transfer.py" line="113"/>
        <source>From bin</source>
        <translation>调出库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="105"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="105"/>
        <source>From</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="105"/>
        <source>To</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="105"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="105"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="109"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="110"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="111"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="114"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="115"/>
        <source>To bin</source>
        <translation>调入库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="149"/>
        <source>%1 signs</source>
        <translation>%1 签字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="151"/>
        <source>the clerk posts</source>
        <translation>文员过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="152"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="175"/>
        <source>The goods go to %1. Receiver: scan your badge or sign with PIN.</source>
        <translation>货物放入 %1。收货仓管：请扫描工牌或用 PIN 签字。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="181"/>
        <source>Items scanned now come from bin %1.</source>
        <translation>现在扫描的商品取自库位 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="190"/>
        <source>Transfer %1 is open: finish it, or Esc to put it away, then scan items.</source>
        <translation>调拨单 %1 已打开：请先完成，或按 Esc 放下，再扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="200"/>
        <source>%1 × %2 on the new transfer. Enter raises it.</source>
        <translation>%1 × %2 已加入新调拨单。回车开单。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="207"/>
        <source>Scan the items the warehouse needs first.</source>
        <translation>请先扫描本仓需要的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="232"/>
        <source>Transfer %1 raised: %2 units from %3 to %4. Next: %5.</source>
        <translation>调拨单 %1 已开：%2 件，从 %3 仓调往 %4 仓。下一步：%5。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="242"/>
        <source>Warning: this opens another carton of %1 while one is open at %2.</source>
        <translation>提醒：%1 在 %2 已有一箱开封，此单将再开一箱。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="252"/>
        <source>Open a transfer waiting for a signature first (scan its number).</source>
        <translation>请先打开待签字的调拨单（扫描单号）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="273"/>
        <source>Both keepers sign before the clerk posts.</source>
        <translation>双方仓管签字后，文员才能过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="284"/>
        <source>Transfer %1 posted: %2 units moved from %3 to %4.</source>
        <translation>调拨单 %1 已过账：%2 件已从 %3 仓移至 %4 仓。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="313"/>
        <source>%1: %2 takes the goods from the bins listed and, at the hand-over, signs as sender (badge or PIN).</source>
        <translation>%1：%2 按所列库位取货，交接时以发货方签字（工牌或 PIN）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="319"/>
        <source>%1: the receiver scans the bin the goods go to, then signs (badge or PIN).</source>
        <translation>%1：收货仓管扫描货物放入的库位，然后签字（工牌或 PIN）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="323"/>
        <source>%1: both signed. The clerk posts it (Enter).</source>
        <translation>%1：双方已签字。由文员过账（回车）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="326"/>
        <source>%1 is posted.</source>
        <translation>%1 已过账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="333"/>
        <source>No transfer open.</source>
        <translation>没有打开的调拨单。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="337"/>
        <source>%1 · %2 → %3 · raised by %4 · %5</source>
        <translation>%1 · %2 → %3 · 开单人 %4 · %5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="345"/>
        <source>Signed: %1</source>
        <translation>已签字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stock_transfer.py" line="347"/>
        <source>Goods go to %1</source>
        <translation>货物放入 %1</translation>
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
        <location filename="../../ui/screens/verify.py" line="158"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="160"/>
        <source>Delivery note or waybill, then the items (or type a code and Enter)</source>
        <translation>先扫发货单或快递单，再扫商品（或输入条码后按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="162"/>
        <source>Set aside (scan a document to resume)</source>
        <translation>暂放订单（扫描单据即可继续）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="163"/>
        <source>Confirm (Enter)</source>
        <translation>确认（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="164"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>撤销上一件（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="165"/>
        <source>Set aside (Esc)</source>
        <translation>暂放（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="168"/>
        <source>Enter in the empty field or CMD:CONFIRM: confirm · Ctrl+Z, Backspace or CMD:UNDO: undo the last item · Esc or CMD:CANCEL: set the order aside</source>
        <translation>空输入框按回车或扫 CMD:CONFIRM：确认 · Ctrl+Z、退格键或 CMD:UNDO：撤销上一件 · Esc 或 CMD:CANCEL：暂放订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="212"/>
        <source>That command is not used on this screen.</source>
        <translation>本页面不使用这个命令码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="218"/>
        <location filename="../../ui/screens/verify.py" line="290"/>
        <source>Scan the delivery note or the waybill first.</source>
        <translation>请先扫描发货单或快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="219"/>
        <source>%1 is an item; no order is open.</source>
        <translation>%1 是商品条码，当前没有打开的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="241"/>
        <source>Order %1 resumed: %2 of %3 items scanned.</source>
        <translation>继续验货订单 %1：已扫 %2 / %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="248"/>
        <source>Order %1: %2 items.</source>
        <translation>订单 %1：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="269"/>
        <source>✓ %1: %2 of %3</source>
        <translation>✓ %1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="277"/>
        <source>✓ The waybill matches order %1.</source>
        <translation>✓ 快递单与订单 %1 相符。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="279"/>
        <source>✓ The delivery note matches order %1.</source>
        <translation>✓ 发货单与订单 %1 相符。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="308"/>
        <source>Order %1 verified: %2 items.</source>
        <translation>订单 %1 验货完成：共 %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="311"/>
        <source>Put it on for packing. Next order: scan its delivery note or waybill.</source>
        <translation>请送去打包。下一单：扫描发货单或快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="320"/>
        <source>Nothing to undo: no order is open.</source>
        <translation>没有可撤销的扫描：当前没有打开的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="342"/>
        <source>Undone: take one %1 back out.</source>
        <translation>已撤销：请把一件 %1 拿出来。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="343"/>
        <source>%1 of %2 scanned now.</source>
        <translation>现已扫 %1 / %2。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="350"/>
        <source>No order is open.</source>
        <translation>当前没有打开的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="357"/>
        <source>Order %1 set aside: %2 of %3 items scanned.</source>
        <translation>订单 %1 已暂放：已扫 %2 / %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="361"/>
        <source>Scan its delivery note or waybill to resume it, at any station.</source>
        <translation>在任一工作站扫描其发货单或快递单即可继续。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="386"/>
        <source>Scan the delivery note or the waybill of the next order.</source>
        <translation>请扫描下一单的发货单或快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="393"/>
        <source>Scan the waybill (快递单) too.</source>
        <translation>请再扫描快递单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="395"/>
        <source>Scan the delivery note (发货单) too.</source>
        <translation>请再扫描发货单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="397"/>
        <source>All items scanned: press Enter to confirm.</source>
        <translation>商品已全部扫描：按回车确认。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="399"/>
        <source>%1 more to scan.</source>
        <translation>还需扫描 %1 件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="404"/>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="410"/>
        <source>Order %1 · %2 %3 · %4 of %5 items</source>
        <translation>订单 %1 · %2 %3 · 已扫 %4 / %5 件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="419"/>
        <source>Delivery note %1 · Waybill %2</source>
        <translation>发货单 %1 · 快递单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/verify.py" line="450"/>
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
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Log out (F12)</source>
        <translation>退出登录（F12）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Ctrl+PgDn / Ctrl+PgUp: next / previous screen</source>
        <translation>Ctrl+PgDn / Ctrl+PgUp：下一个 / 上一个页面</translation>
    </message>
</context>
</TS>
