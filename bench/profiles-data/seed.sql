-- 100,000 people for bench/profiles, straight into user-profile-service's database (as its role), and a
-- friendship graph among them: each is a friend of 20 others (offsets ±1, ±7, ±31 ... ±47777 around a ring), stored
-- both ways as the service stores friend-service's facts: 2,000,000 rows. Ids are md5('fakebook-bench-' || n), so
-- a run finds them again and cleanup.sql removes exactly them. Names are made of 100 first and 100 last names
-- (each full name 10 times); details are filled, with the default audiences. Each friendship row carries the
-- friend's name, searchability and name signature as the service's trigger would set them (V9), computed once per
-- person here rather than looked up two million times.
\set ON_ERROR_STOP on
begin;
create temporary table bench_names as
select array['Ana', 'Maria', 'João', 'Pedro', 'Sofia', 'Beatriz', 'Carlos', 'Inês', 'Lucas', 'Marta', 'Tiago',
             'Helena', 'Rui', 'Catarina', 'Miguel', 'Joana', 'Paulo', 'Rita', 'André', 'Mariana', 'Luís', 'Teresa',
             'Diogo', 'Carla', 'Bruno', 'Sara', 'Ricardo', 'Patrícia', 'Nuno', 'Cláudia', 'Filipe', 'Vera', 'Hugo',
             'Daniela', 'Gonçalo', 'Raquel', 'Jorge', 'Andreia', 'Sérgio', 'Susana', 'Vasco', 'Leonor', 'Francisco',
             'Matilde', 'Duarte', 'Carolina', 'Martim', 'Margarida', 'Afonso', 'Lara', 'Emma', 'Liam', 'Olivia',
             'Noah', 'Ava', 'Ethan', 'Mia', 'Lucas', 'Chloé', 'Louis', 'Léa', 'Hugo', 'Jade', 'Arthur', 'Lina',
             'Paul', 'Anna', 'Felix', 'Lena', 'Jonas', 'Clara', 'Max', 'Sophie', 'Ben', 'Lea', 'Giulia', 'Marco',
             'Chiara', 'Luca', 'Elena', 'Pablo', 'Lucía', 'Javier', 'Carmen', 'Diego', 'Valentina', 'Mateo',
             'Isabella', 'Samuel', 'Yara', 'Omar', 'Aisha', 'Kenji', 'Yuki', 'Wei', 'Mei', 'Ravi', 'Priya', 'Ivan',
             'Olga']::text[] as firsts,
       array['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus',
             'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto',
             'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro',
             'Cardoso', 'Rocha', 'Raposo', 'Neves', 'Coelho', 'Cruz', 'Cunha', 'Pires', 'Ramos', 'Reis', 'Simões',
             'Antunes', 'Matos', 'Fonseca', 'Machado', 'Araújo', 'Barbosa', 'Tavares', 'Lourenço', 'Castro',
             'Figueiredo', 'Azevedo', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Martin', 'Bernard', 'Dubois',
             'Durand', 'Moreau', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Rossi', 'Russo', 'Ferrari',
             'Esposito', 'Bianchi', 'García', 'Fernández', 'González', 'López', 'Martínez', 'Sánchez', 'Pérez',
             'Romero', 'Navarro', 'Torres', 'Kowalski', 'Nowak', 'Novák', 'Horváth', 'Popescu', 'Ivanov', 'Petrov',
             'Jensen', 'Hansen', 'Larsen', 'Nielsen', 'Andersson', 'Johansson', 'Virtanen', 'Tanaka', 'Suzuki',
             'Wang', 'Li', 'Sharma', 'Khan']::text[] as lasts;

insert into profiles (id, display_name, created_at, version, bio, birthday, pronouns, hometown, current_city, work,
                      education, relationship_status, website, phone)
select md5('fakebook-bench-' || n)::uuid,
       names.firsts[1 + n % 100] || ' ' || names.lasts[1 + (n / 100) % 100],
       now() - make_interval(mins => n),
       0,
       'Seeded for the profile benchmark, number ' || n || '.',
       date '1960-01-01' + (n % 18000),
       (array['she/her', 'he/him', 'they/them'])[1 + n % 3],
       (array['Porto', 'Lisboa', 'Braga', 'Coimbra', 'Faro'])[1 + n % 5],
       (array['Lisboa', 'Porto', 'Berlin', 'Paris', 'London', 'Madrid'])[1 + n % 6],
       'Works at company ' || (n % 997),
       'School ' || (n % 389),
       (array['SINGLE', 'MARRIED', 'IN_A_RELATIONSHIP', 'ITS_COMPLICATED'])[1 + n % 4],
       'https://example.org/people/' || n,
       '+351 9' || lpad((n % 100000000)::text, 8, '0')
from generate_series(0, 99999) as n, bench_names as names
on conflict (id) do nothing;

create temporary table bench_people as
select n as number, id, display_name, searchable_by, name_trigram_signature(display_name) as signature
from generate_series(0, 99999) as n
         join profiles on profiles.id = md5('fakebook-bench-' || n)::uuid;

insert into friendships (user_id, friend_id, friend_name, friend_searchable_by, friend_name_signature)
select md5('fakebook-bench-' || n)::uuid, friend.id, friend.display_name, friend.searchable_by, friend.signature
from generate_series(0, 99999) as n,
     unnest(array[1, -1, 7, -7, 31, -31, 97, -97, 331, -331, 997, -997, 3301, -3301, 9973, -9973, 33013, -33013,
                  47777, -47777]) as o,
     bench_people as friend
where friend.number = (n + o + 100000) % 100000
on conflict do nothing;
commit;
-- Search reads friendships by index-only scans, which need the visibility map that vacuum sets.
vacuum (analyze) profiles;
vacuum (analyze) friendships;
