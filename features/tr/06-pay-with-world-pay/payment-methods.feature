# language: tr
@section-6 @1688 @worldfirst
Özellik: 1688.com üzerinde ödeme — ödeme sayfasındaki ödeme yöntemleri
  1688.com üzerinde World Pay ile ödeme yapın: ödeme yöntemi olarak ‘Cross-border treasure’ı seçin.
  Yurtdışındaki alıcılar için tek ödeme çözümü World Pay mi? Uluslararası alıcılar World Pay
  (WorldFirst tarafından sağlanır), kredi/banka kartı veya Alipay (sadece belirli bölgelerle
  sınırlıdır) üzerinden ödeme yapabilirler.

  World Pay × 1688 SSS’den — 1688.com ödeme sayfasında neden “World Pay (跨境宝)” ödeme yöntemini
  bulamıyorum? Nedeni şunlar olabilir: (a) ödeme sayfasında zorunlu olan “Güvenli işlem” (担保交易)
  seçeneğini seçmediniz; (b) siparişiniz yasaklı ürünler içeriyor; (c) siparişinizde Red Packet
  indirimi kullandınız (Red Packet indirimleri yalnızca Alipay’e bağlı banka kartıyla yapılan
  ödemelerde geçerlidir); (d) 1688.com hesabınız Çin anakarasında kayıtlı bir Alipay hesabına bağlı
  değil; (e) 1688.com hesabınız için World Pay (跨境宝) hizmetini etkinleştirmediniz; (f) satın
  aldığınız 1688.com tedarikçisi World Pay (跨境宝) ile yapılan ödemeleri kabul etmiyor; (g) World
  Pay (跨境宝) vadeli siparişlerde veya sözleşmeli siparişlerde kullanılamaz. Ödeme sayfası alıcıya
  hangisinin geçerli olduğunu ve ne yapabileceğini söyler.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı World hesabını açmış
    Ve alıcı Alipay ile doğrulanmış "shop" 1688 hesabıyla giriş yapmış

  @SCN-PAY-01 @PAY-01 @PAY-02 @PAY-06
  Senaryo: Güvenli işlem için World Pay sunulur, ücretleri kartınkilerin yanında gösterilir
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman güvenli işlem «担保交易» için World Pay sunulur
    Ve sunulan ödeme yöntemleri: "World Pay, kredi/banka kartı"
    Ve World Pay işlem ücreti "0.36", hizmet ücreti "0.09", toplam "45.45" "CNY"
    Ve kartla ödemenin işlem ücreti "0.45", toplam "45.45" "CNY"

  @SCN-PAY-02 @PAY-01
  Senaryo taslağı: World Pay ve kart her bölgede sunulur
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000001-gray" ürününü "<region>" bölgesine teslim edilmek üzere sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman sunulan ödeme yöntemleri: "World Pay, kredi/banka kartı"

    Örnekler:
      | region |
      | MY     |
      | TH     |

  @SCN-PAY-25 @PAY-01
  Senaryo taslağı: Bazı bölgelerde Alipay de sunulur
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000001-gray" ürününü "<region>" bölgesine teslim edilmek üzere sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman sunulan ödeme yöntemleri: "World Pay, kredi/banka kartı, Alipay"

    Örnekler:
      | region |
      | SG     |
      | HK     |

  @SCN-PAY-03 @PAY-02 @PAY-03
  Senaryo: (a) Güvenli işlem olmayan bir sipariş World Pay ile ödenemez
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000001-gray" ürününü "banka havalesi" işlem türüyle sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "güvenli işlem seçilmedi" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-04 @PAY-03
  Senaryo: (b) Yasaklı ürün içeren bir sipariş World Pay ile ödenemez
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000005-black" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "siparişte yasaklı ürünler var" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-05 @PAY-03
  Senaryo: (c) Red Packet indirimi kullanılan bir sipariş World Pay ile ödenemez
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 3 adet "610000000001-gray" ürününü "RP-5-OFF-50" Red Packet indirimiyle sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "Red Packet indirimi kullanıldı" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-06 @PAY-03
  Senaryo: (d) Alipay hesabı Çin anakarasında kayıtlı olmayan bir 1688 hesabı World Pay ile ödeyemez
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcının Alipay hesabı Çin anakarası dışında kayıtlı
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "Çin anakarası Alipay hesabına bağlı değil" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-07 @PAY-03
  Senaryo: (e) World Pay etkinleştirilmemiş bir 1688 hesabı World Pay ile ödeyemez
    Diyelim ki alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "World Pay etkinleştirilmedi" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-08 @PAY-03
  Senaryo: (f) World Pay kabul etmeyen bir tedarikçiye World Pay ile ödeme yapılamaz
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000011-kit" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "tedarikçi World Pay kabul etmiyor" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-09 @PAY-03
  Senaryo: (g) Vadeli bir sipariş World Pay ile ödenemez
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000001-gray" ürününü "vadeli" türünde bir sipariş olarak vermiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay "vadeli veya sözleşmeli sipariş" nedeniyle sunulmaz
    Ve ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler
    Ve sunulan ödeme yöntemleri: "kredi/banka kartı"

  @SCN-PAY-10 @PAY-01 @PAY-03
  Senaryo: Ödeme sayfasının sunmadığı bir yöntem reddedilir
    Diyelim ki "shop" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcı 1 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişi Alipay ile öder
    O zaman bu ödeme yöntemi sunulmadığı için ödeme reddedilir
