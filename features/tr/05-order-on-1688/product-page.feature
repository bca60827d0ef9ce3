# language: tr
@section-5 @1688
Özellik: 1688.com üzerinden sipariş — ürün sayfası
  Ürün sayfası adet fiyatını (¥20.00, 1 adet), renk ve özelliği (Space Gray 720, Excellent Red, Dark
  Black), stoğu (¥ 20, stokta 14810), ürünün nereden gönderildiğini (Wenzhou, Zhejiang) ve hizmeti
  (7 gün içinde sebepsiz iade) gösterir. Bazı ürünler her ülkeye satılmaz: “Bu ürün şu anda
  bulunduğunuz ülke/bölgede satın alınamıyor”.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı Alipay ile doğrulanmış "shop" 1688 hesabıyla giriş yapmış

  @SCN-ORD-12 @ORD-04 @ORD-01
  Senaryo: Rehberdeki telefon standı: fiyat, stok, gönderim yeri ve iade koşulu
    Eğer ki alıcı "610000000001" ürün sayfasını açar
    O zaman adet fiyatı "20.00" "CNY"
    Ve miktara göre kademeli fiyatlar "1:20.00,100:18.50,1000:16.80"
    Ve "610000000001-gray" varyantından stokta "14810" adet var
    Ve ürün "Wenzhou" konumundan gönderilir, iade koşulu: "7 days no reason return"
    Ve tedarikçi onaylı bir sınır ötesi satıcıdır

  @SCN-ORD-13 @ORD-05
  Senaryo: Alıcının bölgesine satılmayan bir ürün bunu söyler ve sipariş sunmaz
    Eğer ki alıcı "610000000004" ürün sayfasını açar
    O zaman ürün sayfası, ürünün "MY" bölgesinde satın alınamadığını söyler

  @SCN-ORD-14 @ORD-04
  Senaryo: 1688’in tanımadığı bir ürün reddedilir
    Eğer ki alıcı "610000009999" ürün sayfasını açar
    O zaman istek reddedilir: "offerId" alanı "known-offer" kuralını ihlal ediyor
