# language: tr
@section-6 @1688 @worldfirst
Özellik: 1688.com üzerinde ödeme — World Pay’in maliyeti
  World Pay için %0.8, kredi/banka kartı için %1 oranında işlem ücreti uygulanır.

  World Pay × 1688 SSS’den — World Pay (跨境宝) ne kadara mal olur? (a) 1688.com siparişleri
  ödenirken otomatik tahsilat işlemleri için standart bir oran; (b) 1688.com’daki aylık ortalama
  işlem hacminize (CNY cinsinden) göre alınan kademeli bir hizmet ücreti (en fazla %0.2).

  SSS’nin söylemediği yerde bizim kademelerimiz: ayda 100 000 CNY’nin altı %0.2, 500 000’in altı
  %0.15, 2 000 000’un altı %0.1, 2 000 000 ve üzeri %0.05; her ücret fen’e yarımda çifte yuvarlanır.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı World hesabını açmış
    Ve alıcı Alipay ile doğrulanmış "shop" 1688 hesabıyla giriş yapmış
    Ve "shop" 1688 hesabı için World Pay etkinleştirilmiş

  @SCN-PAY-11 @PAY-06
  Senaryo taslağı: Hizmet ücreti, alıcının 1688’deki aylık ortalama işlem hacmine göre kademe kademe değişir
    Diyelim ki alıcının 1688’deki aylık ortalama işlem hacmi "<volume>" CNY
    Ve alıcı 100 adet "610000000001-gray" sipariş etmiş
    Eğer ki alıcı siparişin ödeme sayfasını açar
    O zaman World Pay hizmet ücreti oranı "<rate>"
    Ve World Pay işlem ücreti "15.00", hizmet ücreti "<service fee>", toplam "<total>" "CNY"
    Ve kartla ödemenin işlem ücreti "18.75", toplam "1893.75" "CNY"

    Örnekler:
      | volume     | rate  | service fee | total   |
      | 99999.99   | 0.2%  | 3.75        | 1893.75 |
      | 100000.00  | 0.15% | 2.81        | 1892.81 |
      | 499999.99  | 0.15% | 2.81        | 1892.81 |
      | 500000.00  | 0.1%  | 1.88        | 1891.88 |
      | 1999999.99 | 0.1%  | 1.88        | 1891.88 |
      | 2000000.00 | 0.05% | 0.94        | 1890.94 |
