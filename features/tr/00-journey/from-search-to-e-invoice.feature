# language: tr
@journey @golden-path @1688 @worldfirst @myinvois
Özellik: Rehberin tamamı tek seferde — 1688’deki bir aramadan ödenmiş siparişe ve kendi adına düzenlenen e-faturaya
  Uluslararası alıcılar için başlangıç rehberi, 5. ve 6. adımlar ve SSS’deki Malezya’daki alıcılar için
  e-fatura: en popüler ürünleri arayın, miktarı seçip sipariş verin, ödeme yöntemi olarak ‘Cross-border
  treasure’ seçeneğini seçip Alipay ödeme şifrenizi girin, ardından yabancı tedarikçiden yapılan alım
  için kendi adınıza e-fatura düzenleyin.

  @SCN-JRN-10 @ORD-02 @ORD-04 @ORD-06 @PAY-01 @PAY-04 @PAY-06 @INV-02 @INV-03 @ui
  Senaryo: Malezya’daki bir alıcı rehberdeki telefon standını bulur, sipariş eder, World Pay ile öder ve e-faturayı düzenler
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı Alipay ile doğrulanmış "golden" 1688 hesabıyla giriş yapmış
    Ve alıcı World hesabını açmış
    Ve "golden" 1688 hesabı için World Pay etkinleştirilmiş
    Ve alıcının World hesabında "1000.00" CNH var
    Eğer ki alıcı 1688’de "phone stand" arar
    O zaman arama tam olarak "610000000001" ürünlerini bulur
    Eğer ki alıcı "610000000001" ürün sayfasını açar
    O zaman adet fiyatı "20.00" "CNY"
    Ve "610000000001-gray" varyantından stokta "14810" adet var
    Eğer ki alıcı 1 adet "610000000001-gray" ürününü "CAINIAO_GLOBAL_STANDARD" uluslararası gönderimiyle sipariş eder
    O zaman sipariş verilir ve ödeme bekler: ürünler "20.00", kargo "25.00", toplam "45.00" "CNY"
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman güvenli işlem «担保交易» için World Pay sunulur
    Ve World Pay işlem ücreti "0.36", hizmet ücreti "0.09", toplam "45.45" "CNY"
    Eğer ki alıcı siparişi World Pay ile öder
    O zaman sipariş World Pay ile ödenir, toplam "45.45" "CNY"; sipariş tedarikçinin göndermesini bekler
    Ve alıcının "CNH" bakiyesi "954.55"
    Eğer ki alıcı az önce ödediği siparişin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-GOLDEN" e-fatura numarasıyla gönderir
    O zaman MyInvois e-faturayı "009" sınıflandırmasıyla geçerli olarak kabul eder
