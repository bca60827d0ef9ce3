# language: tr
@section-5 @1688
Özellik: 1688.com üzerinden sipariş — ürünü bulun
  1688.com’u ziyaret edin ve 1688.com hesabınıza giriş yapın. “Uluslararası satın alma”ya özel
  sayfayı açın: uluslararası satın alımlara özel ürünleri incelemek için global.1688.com/#/home
  adresini ziyaret edin. 1688.com ve global.1688.com’da bulunan tedarikçiler aynı mı? 1688.com ve
  global.1688.com aynı web siteleridir; global.1688.com’da yer alan tedarikçiler uluslararası
  e-ticaret yapan satıcıların ihtiyaçlarını daha iyi bilir ve bu doğrultuda hizmet sunarlar. En çok
  tercih edilen ürünleri keşfedin: Cross-border sekmesine tıklayın, ardından Overseas Business
  seçeneğine tıklayın. Cross border seçeneği, yurtdışındaki e-ticaret satıcıları için özel olarak
  tasarlanmıştır. Belirli bir ürünü ürün linkiyle veya görseliyle arayıp bulabilirsiniz. Ürün ve
  bölgeye göre filtreleyin.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı Alipay ile doğrulanmış "shop" 1688 hesabıyla giriş yapmış

  @SCN-ORD-01 @ORD-01 @ORD-02
  Senaryo: Alıcı rehberdeki telefon standını anahtar kelimeyle bulur
    Eğer ki alıcı 1688’de "phone stand" arar
    O zaman arama tam olarak "610000000001" ürünlerini bulur

  @SCN-ORD-02 @ORD-02
  Senaryo: Alıcı bir ürünü ürün linkiyle bulur
    Eğer ki alıcı 1688’de "https://detail.1688.com/offer/610000000001.html" ürün linkiyle arama yapar
    O zaman arama tam olarak "610000000001" ürünlerini bulur

  @SCN-ORD-03 @ORD-02
  Senaryo: Alıcı bir ürünü görseliyle bulur
    Eğer ki alıcı 1688’de bir "phone-stand" fotoğrafıyla arama yapar
    O zaman arama tam olarak "610000000001" ürünlerini bulur

  @SCN-ORD-04 @ORD-02
  Senaryo: Hiçbir ürüne benzemeyen bir görsel hiçbir şey bulmaz
    Eğer ki alıcı 1688’de bir "submarine" fotoğrafıyla arama yapar
    O zaman arama hiçbir ürün bulmaz

  @SCN-ORD-05 @ORD-03
  Senaryo taslağı: Arama ürün kategorisine göre filtrelenir
    Eğer ki alıcı 1688’de "<keyword>" için "<category>" kategorisinde arama yapar
    O zaman arama tam olarak "<offers>" ürünlerini bulur

    Örnekler:
      | keyword   | category | offers       |
      | bluetooth | 1001     | 610000000023 |
      | bluetooth | 1004     | 610000000025 |

  @SCN-ORD-06 @ORD-03 @ORD-05
  Senaryo taslağı: Arama bölgeye göre filtrelenir: yalnızca o bölgeye satılan teklifler satın alınabilir
    Eğer ki alıcı 1688’de "wireless" için "<region>" bölgesinde arama yapar
    O zaman "<region>" bölgesine satılan ürünler: "<offers>"

    Örnekler:
      | region | offers                     |
      | SG     | 610000000004, 610000000023 |
      | MY     | 610000000023               |

  @SCN-ORD-07 @ORD-02
  Senaryo: Sonuçlar sayfa sayfa gelir
    Eğer ki alıcı 1688’de "e" arar
    O zaman sonuçlar birden fazla sayfaya yayılır
    Eğer ki alıcı sonuçların 2. sayfasını açar
    O zaman 2. sayfa, 1. sayfadakilerden farklı ürünler gösterir

  @SCN-ORD-08 @ORD-02 @ORD-03
  Senaryo taslağı: Hatalı bilgiyle yapılan arama reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Eğer ki alıcı 1688’de "phone" için "<input>" alanına "<value>" yazarak arama yapar
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | input       | value                                            | field      | rule                              |
      | productLink | https://detail.1688.com/offer/610000000001.html | keyword    | exactly-one-of-keyword-link-image |
      | categoryId  | 9999                                             | categoryId | known-category                    |
      | region      | Malaysia                                         | region     | iso-3166-alpha-2                  |
      | page        | 0                                                | page       | whole-number-1-100                |
      | page        | 101                                              | page       | whole-number-1-100                |

  @SCN-ORD-09 @ORD-02
  Senaryo: 1688 ürün linki olmayan bir link reddedilir
    Eğer ki alıcı 1688’de "https://example.com/offer/610000000001.html" ürün linkiyle arama yapar
    O zaman istek reddedilir: "productLink" alanı "1688-offer-link" kuralını ihlal ediyor
