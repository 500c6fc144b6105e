é = 'ü'
naïve = é + 'ß'
λ = lambda α: α
s = '日本語' + f'{λ}'
b = 'emoji 😀 here'; c = 1
ﬁ = 1
