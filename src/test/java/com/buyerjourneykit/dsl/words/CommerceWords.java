package com.buyerjourneykit.dsl.words;

/** How an order is traded, its status and how it is paid, as scenarios say it; the codes are the app's REST values. */
public final class CommerceWords {
    public static final Words TRADE_TYPES = Words.of("trade type")
            .code("secured-transaction", "secured transaction", "безопасная сделка", "güvenli işlem", "担保交易")
            .code("alipay", "Alipay", "Alipay", "Alipay", "支付宝")
            .code("bank", "bank transfer", "банковский перевод", "banka havalesi", "银行转账");

    public static final Words ORDER_TYPES = Words.of("order type")
            .code("normal", "normal", "обычный", "normal", "普通")
            .code("credit-term", "credit-term", "с отсрочкой платежа", "vadeli", "账期")
            .code("contract", "contract", "контрактный", "sözleşmeli", "合同");

    /** The statuses 我的订单 filters by, as its page names them. */
    public static final Words ORDER_STATUSES = Words.of("order status")
            .code("waiting-for-payment", "Waiting for payment", "Ожидает оплаты", "Ödeme bekleniyor", "等待买家付款")
            .code("waiting-for-shipment", "Waiting for shipment", "Ожидает отправки", "Gönderim bekleniyor", "等待卖家发货")
            .code("waiting-for-receipt", "Waiting for receipt", "Ожидает получения", "Teslim alınması bekleniyor", "等待买家收货")
            .code("completed", "Completed", "Завершен", "Tamamlandı", "交易成功");

    public static final Words PAYMENT_METHODS = Words.of("payment method")
            .code("world-pay", "World Pay", "World Pay", "World Pay", "跨境宝")
            .code("card", "credit/debit card", "кредитная/дебетовая карта", "kredi/banka kartı", "信用卡/借记卡")
            .code("alipay", "Alipay", "Alipay", "Alipay", "支付宝");

    /** Why World Pay is not offered: the FAQ's reasons a to g. */
    public static final Words WORLD_PAY_REASONS = Words.of("reason World Pay is not offered")
            .code("not-secured-transaction", "not a secured transaction", "заказ оформлен не как безопасная сделка",
                    "güvenli işlem seçilmedi", "未选择担保交易")
            .code("prohibited-items", "prohibited items in the order", "в заказе есть запрещенные товары",
                    "siparişte yasaklı ürünler var", "订单含违禁商品")
            .code("red-packet-used", "a Red Packet was used", "применена скидка Red Packet", "Red Packet indirimi kullanıldı",
                    "使用了红包")
            .code("alipay-not-mainland-china", "not linked to an Alipay account of mainland China",
                    "аккаунт 1688 не привязан к Alipay материкового Китая", "Çin anakarası Alipay hesabına bağlı değil",
                    "未绑定中国大陆支付宝账户")
            .code("world-pay-not-activated", "World Pay not activated", "World Pay не подключен", "World Pay etkinleştirilmedi",
                    "未开通跨境宝")
            .code("supplier-not-accepting-world-pay", "the supplier does not accept World Pay", "поставщик не принимает World Pay",
                    "tedarikçi World Pay kabul etmiyor", "供应商不接受跨境宝")
            .code("credit-term-or-contract-order", "a credit-term or contract order", "заказ с отсрочкой платежа или контрактный",
                    "vadeli veya sözleşmeli sipariş", "账期或合同订单");

    private CommerceWords() {
    }
}
